/**
 * A document as structure, not pixels: headings, paragraphs, lists and tables in reading order. The PDF
 * writer turns each block into a tagged structure element (H1–H3, P, L/LI, Table/TR/TH/TD), so screen readers
 * read the letter in the order a person would. Content builders are pure and tested without a PDF.
 */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string; /** Adds a bookmark (outline entry). */ bookmark?: boolean }
  | { type: 'paragraph'; text: string; emphasis?: boolean; small?: boolean }
  | { type: 'lines'; lines: string[] }
  | { type: 'list'; items: string[] }
  | { type: 'table'; caption?: string; header: string[]; rows: string[][]; widths?: number[] }
  | { type: 'pageBreak' }
  /** A part in another language (e.g. a Spanish notice reprinted in an English packet): tagged Sect with /Lang. */
  | { type: 'section'; lang: 'en-US' | 'es-US'; blocks: Block[] };

export interface DocumentModel {
  title: string;
  /** BCP 47: en-US or es-US. */
  lang: 'en-US' | 'es-US';
  author: string;
  subject: string;
  /** Written as the PDF's creation date so the same notice renders to the same bytes. */
  date: string;
  blocks: Block[];
  /** Printed at the foot of every page as an artifact (not read as content). */
  footer?: string;
}

/** All the text a reader (or a test) would see, in order. */
export function plainText(model: Pick<DocumentModel, 'blocks'>): string {
  const out: string[] = [];
  for (const b of model.blocks) {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        out.push(b.text);
        break;
      case 'lines':
        out.push(...b.lines);
        break;
      case 'list':
        out.push(...b.items);
        break;
      case 'table':
        if (b.caption) out.push(b.caption);
        out.push(b.header.join(' | '), ...b.rows.map((r) => r.join(' | ')));
        break;
      case 'section':
        out.push(plainText(b));
        break;
      case 'pageBreak':
        break;
    }
  }
  return out.join('\n');
}
