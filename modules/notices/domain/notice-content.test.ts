import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { noticeDocument, ADDRESS_WITHHELD } from './notice-content.js';
import { plainText } from './document-model.js';
import { resolveNotice } from './resolve-notice.js';
import { fernandezHuerta, fleschKincaidGrade } from './readability.js';
import { NOTICE_KINDS, type NoticeInput, type NoticeKind } from './notice-input.js';
import { snapApproval } from '../test-support.js';

const PER_KIND: Record<NoticeKind, Partial<NoticeInput>> = {
  approval: {},
  denial: { amounts: [] },
  change: { amounts: [{ month: '2026-12', amountCents: 20_000, previousAmountCents: 29_800 }] },
  closure: { amounts: [] },
  verification_request: { amounts: [], verification: { items: ['Pay stubs'] } },
  renewal: { amounts: [], renewal: { certificationEnd: '2027-10-31' } },
};
const model = (kind: NoticeKind, over: Partial<NoticeInput> = {}) => noticeDocument(resolveNotice(snapApproval({ kind, ...PER_KIND[kind], ...over })));
/** Our own prose: paragraphs, not the reasons and explanation lines the rules engine supplies. */
const prose = (kind: NoticeKind, language: 'en' | 'es') =>
  model(kind, { language }).blocks.flatMap((b) => (b.type === 'paragraph' && !b.small ? [b.text] : [])).join(' ');

describe('notice wording', () => {
  it.each(NOTICE_KINDS)('%s: English prose reads at grade 8 or below (Flesch–Kincaid estimate)', (kind) => {
    const r = fleschKincaidGrade(prose(kind, 'en'));
    expect(r.words).toBeGreaterThan(80);
    expect(r.score).toBeLessThanOrEqual(8);
  });

  it.each(NOTICE_KINDS)('%s: Spanish prose is "fairly easy" or easier (Fernández Huerta ≥ 70)', (kind) => {
    expect(fernandezHuerta(prose(kind, 'es')).score).toBeGreaterThanOrEqual(70);
  });

  it('the readability estimate tells hard text from easy text', () => {
    expect(fleschKincaidGrade('The determination of eligibility for supplemental nutrition assistance necessitates comprehensive documentation of household circumstances.').score).toBeGreaterThan(14);
    expect(fleschKincaidGrade('We need proof of your pay. Send it by May 5.').score).toBeLessThan(4);
  });

  it.each(NOTICE_KINDS)('%s: every notice gives hearing rights with a deadline, and the rules used', (kind) => {
    for (const language of ['en', 'es'] as const) {
      const text = plainText(model(kind, { language }));
      expect(text).toMatch(language === 'en' ? /You must ask for a hearing by \w+ \d+, \d{4}\./ : /Debe pedir la audiencia a más tardar el \d+ de \w+ de \d{4}\./);
      expect(text).toContain('7 CFR 273.15(g)');
    }
  });

  it('adverse notices (reduction, closure) and only they carry advance notice and continued benefits', () => {
    for (const kind of NOTICE_KINDS) {
      const text = plainText(model(kind));
      const adverse = kind === 'closure' || kind === 'change';
      expect(text.includes('Keep your benefits while you wait for a hearing'), kind).toBe(adverse);
      expect(text.includes('7 CFR 273.13(a)(1)'), kind).toBe(adverse);
    }
    const up = plainText(model('change', { amounts: [{ month: '2026-12', amountCents: 30_000, previousAmountCents: 20_000 }] }));
    expect(up).toContain('going up');
    expect(up).not.toContain('Keep your benefits');
  });
});

describe('family-violence suppression (property)', () => {
  const address = fc.record({
    // (never the demo agency's own "100 Main Street, Denver 80202", which is printed on every notice)
    line1: fc.stringMatching(/^[1-9][0-9]{1,3} [A-Z][a-z]{3,8} (Street|Road|Avenue)$/).filter((l) => l !== '100 Main Street'),
    city: fc.stringMatching(/^[A-Z][a-z]{4,9}ville$/),
    state: fc.constant('CO'),
    zip: fc.stringMatching(/^8[1-9][0-9]{3}$/),
  });
  it('no part of a flagged recipient\'s address reaches any kind of notice, in either language', () => {
    fc.assert(fc.property(address, fc.constantFrom(...NOTICE_KINDS), fc.constantFrom('en' as const, 'es' as const), (addr, kind, language) => {
      const doc = model(kind, { language, recipient: { name: 'Pat Doe', address: addr, addressSuppressed: true } });
      const text = `${plainText(doc)}\n${doc.title}\n${doc.subject}\n${doc.footer}`;
      expect(text).not.toContain(addr.line1);
      expect(text).not.toContain(addr.city);
      expect(text).not.toContain(addr.zip);
      expect(text).toContain(ADDRESS_WITHHELD[language]);
      const shown = plainText(model(kind, { language, recipient: { name: 'Pat Doe', address: addr } }));
      expect(shown).toContain(addr.line1); // the same address does print without the flag
    }), { numRuns: 300 });
  });
});

describe('suppressed address, office mode', () => {
  it('sends the letter in care of the program office, never to the household address', () => {
    const addr = { line1: '9 Hidden Lane', city: 'Salida', state: 'CO', zip: '81201' };
    const doc = noticeDocument(resolveNotice(snapApproval({ recipient: { name: 'Pat Doe', address: addr, addressSuppressed: true } }), { suppressedAddress: 'office' }));
    const text = plainText(doc);
    expect(text).toContain('In care of Hearth County Department of Human Services');
    expect(text).not.toContain('9 Hidden Lane');
    expect(text).not.toContain('Salida');
  });
});
