/**
 * Rough readability measures for our own notice wording (not the reasons and explanation lines passed in,
 * which come from the rules engine). Syllables are counted by vowel groups, so the figures are estimates:
 * good for catching a paragraph that drifts into long words and long sentences, not a certified grade level.
 */
export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** English: Flesch–Kincaid grade level. Spanish: Fernández Huerta ease (higher is easier; 70–80 ≈ grade 7). */
  score: number;
}

const WORD = /[A-Za-zÁÉÍÓÚÜÑáéíóúüñ0-9$][A-Za-zÁÉÍÓÚÜÑáéíóúüñ0-9$,.'’-]*/g;

function syllablesEn(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1;
  const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '').match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

function syllablesEs(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (!w) return 1;
  // A weak vowel (i, u, ü) next to another vowel forms a diphthong; two strong vowels are two syllables.
  const groups = w.match(/[iuü]?[aeoáéíóú][iuü]?|[iuü]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

function counts(text: string, syl: (w: string) => number) {
  const sentences = Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim().length > 0).length);
  const words = (text.match(WORD) ?? []).map((w) => w.replace(/[.,]+$/, ''));
  return { words: words.length, sentences, syllables: words.reduce((a, w) => a + syl(w), 0) };
}

export function fleschKincaidGrade(text: string): Readability {
  const c = counts(text, syllablesEn);
  const score = 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59;
  return { ...c, score: Math.round(score * 10) / 10 };
}

export function fernandezHuerta(text: string): Readability {
  const c = counts(text, syllablesEs);
  const score = 206.84 - 0.6 * ((100 * c.syllables) / c.words) - 1.02 * ((100 * c.sentences) / c.words);
  return { ...c, score: Math.round(score * 10) / 10 };
}
