import { describe, expect, it } from 'vitest';
import { DomainError } from '@hearth/kernel';
import { renderNotice } from './render-notice.js';
import { HOME, pdfInfo, pdfText, snapApproval, structureRoles } from '../test-support.js';

const reduction = snapApproval({
  kind: 'change',
  noticeDate: '2026-11-16',
  amounts: [{ month: '2026-12', amountCents: 20_000, previousAmountCents: 29_800 }],
  reasons: [{ en: 'Your pay went up to $2,100 a month.', es: 'Su sueldo subió a $2,100 al mes.' }],
});

describe('renderNotice: what the household reads', { timeout: 30_000 }, () => {
  it('approval (English): amounts with their months, the reasons, the explanation and the hearing deadline', async () => {
    const { text } = await pdfText(await renderNotice(snapApproval()));
    expect(text).toContain('We approved your SNAP (food help) benefits');
    expect(text).toMatch(/November 2026 \$146\.00/);
    expect(text).toMatch(/December 2026 \$298\.00/);
    expect(text).toContain('Your household meets the income limit.');
    expect(text).toContain('Net income: $1,024.00 (7 CFR 273.10(e))');
    expect(text).toContain('You must ask for a hearing by February 14, 2027.'); // 90 days, 7 CFR 273.15(g)
    expect(text).toContain('7 CFR 273.15(g)');
    expect(text).toContain('42 Elm Street');
    expect(text).not.toContain('Keep your benefits'); // not an adverse action
  });

  it('approval (Spanish): the same facts in Spanish', async () => {
    const bytes = await renderNotice(snapApproval({ language: 'es' }));
    const { text } = await pdfText(bytes);
    expect(text).toContain('Aprobamos sus beneficios de SNAP (ayuda para comida)');
    expect(text).toMatch(/noviembre de 2026 \$146\.00/);
    expect(text).toContain('Su hogar cumple con el límite de ingresos.');
    expect(text).toContain('Debe pedir la audiencia a más tardar el 14 de febrero de 2027.');
    expect((await pdfInfo(bytes)).Language).toBe('es-US');
  });

  it('reduction: advance notice, effective date, continued benefits and the old and new amounts', async () => {
    const { text } = await pdfText(await renderNotice(reduction));
    expect(text).toContain('Your SNAP (food help) benefits are going down');
    expect(text).toMatch(/December 2026 \$298\.00 \$200\.00/);
    expect(text).toContain('This change starts on December 1, 2026.');
    expect(text).toContain('at least 10 days before the change, as the law requires (7 CFR 273.13(a)(1))');
    expect(text).toContain('If you ask for a hearing by November 30, 2026, your benefits will stay the same until the hearing decision.');
    expect(text).toContain('pay back the extra benefits');
    expect(text).toContain('You must ask for a hearing by March 1, 2027.'); // 90 days from the action
    expect(text).toContain('Your pay went up to $2,100 a month.');
  });

  it('refuses a reduction that would take effect with less than 10 days\' notice', async () => {
    const err = await renderNotice({ ...reduction, effectiveDate: '2026-11-20' }).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err.code).toBe('VALIDATION');
    expect(err.details[0].path).toBe('effectiveDate');
  });

  it('refuses a reduction for a month the advance notice cannot reach', async () => {
    const err = await renderNotice({ ...reduction, noticeDate: '2026-11-25' }).catch((e) => e);
    expect(err.details).toEqual([expect.objectContaining({ path: 'amounts' })]);
  });

  it('Medicaid closure: date of action, the regulations relied on, continued coverage before the date of action', async () => {
    const { text } = await pdfText(await renderNotice(snapApproval({
      kind: 'closure', program: 'medicaid', amounts: [], certificationPeriod: undefined,
      reasons: [{ en: 'Your income is over the limit for your household size.', es: 'Su ingreso es mayor que el límite.' }],
      rules: ['42 CFR 435.119'],
    })));
    expect(text).toContain('Your Medicaid (health coverage) will end');
    expect(text).toContain('This change starts on December 1, 2026.');
    expect(text).toContain('If you ask for a hearing by November 30, 2026');
    for (const c of ['42 CFR 435.119', '42 CFR 431.221(d)', '42 CFR 431.211', '42 CFR 431.230(a)', '42 CFR 431.210']) expect(text).toContain(c);
    expect(text).toContain('You must ask for a hearing by February 14, 2027.'); // from mailing for Medicaid
  });

  it('denial, verification request and renewal carry what each must say', async () => {
    const denial = (await pdfText(await renderNotice(snapApproval({ kind: 'denial', amounts: [], reasons: ['Your income is over the limit.'] })))).text;
    expect(denial).toContain('We denied your application for SNAP');
    expect(denial).toContain('Your income is over the limit.');

    const verify = (await pdfText(await renderNotice(snapApproval({ kind: 'verification_request', amounts: [], verification: { items: [{ en: 'Pay stubs for the last 30 days', es: 'Talones de pago de los últimos 30 días' }] } })))).text;
    expect(verify).toContain('Pay stubs for the last 30 days');
    expect(verify).toContain('by November 27, 2026'); // 10 days, past Thanksgiving

    const renew = (await pdfText(await renderNotice(snapApproval({ kind: 'renewal', language: 'es', amounts: [], renewal: { certificationEnd: '2027-10-31' } })))).text;
    expect(renew).toContain('15 de octubre de 2027');
  });
});

describe('renderNotice: family-violence suppression', () => {
  for (const language of ['en', 'es'] as const) {
    it(`never prints a flagged recipient's address (${language}), even when one is passed`, async () => {
      const { text } = await pdfText(await renderNotice(snapApproval({ language, recipient: { name: 'Maria Núñez', address: { ...HOME }, addressSuppressed: true } })));
      for (const part of [HOME.line1, HOME.line2, HOME.city, HOME.zip]) expect(text).not.toContain(part);
      expect(text).toContain(language === 'en' ? 'Address withheld for safety' : 'Dirección retenida por seguridad');
      expect(text).toContain('Maria Núñez');
    });
  }
});

describe('renderNotice: an accessible PDF', () => {
  it('is tagged, has a language, a displayed title and embedded fonts', async () => {
    const bytes = await renderNotice(snapApproval());
    const raw = bytes.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    const markInfo = /\/MarkInfo (\d+) 0 R/.exec(raw)?.[1];
    expect(raw).toMatch(new RegExp(`\\n${markInfo} 0 obj\\s*<<\\s*/Marked true`));
    expect(raw).toMatch(/\/Lang \(en-US\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toContain('/Helvetica');
    expect(raw).toContain('pdfuaid:part');
    const info = await pdfInfo(bytes);
    expect(info.Title).toBe('We approved your SNAP (food help) benefits');
    expect(info.Language).toBe('en-US');
  });

  it('has headings, paragraphs, lists and a table with header cells in its structure tree', async () => {
    const roles = await structureRoles(await renderNotice(snapApproval()));
    for (const r of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'LBody', 'Table', 'TR', 'TH', 'TD']) expect(roles).toContain(r);
    expect(roles.indexOf('H1')).toBeLessThan(roles.indexOf('Table'));
  });

  it('renders the same notice to the same bytes (stable content hash)', async () => {
    const a = await renderNotice(snapApproval());
    const b = await renderNotice(snapApproval());
    expect(a.equals(b)).toBe(true);
    expect(a.equals(await renderNotice(snapApproval({ caseNumber: 'C100124' })))).toBe(false);
  });
});

describe('renderNotice: bad input', () => {
  it('names the fields that are wrong', async () => {
    const err = await renderNotice({ ...snapApproval(), kind: 'denial', reasons: [], amounts: [{ month: '2026-13', amountCents: 1.5 }] } as any).catch((e) => e);
    expect(err.code).toBe('VALIDATION');
    const paths = err.details.map((d: any) => d.path);
    expect(paths).toContain('amounts.0.month');
    expect(paths).toContain('amounts.0.amountCents');
    const unknown = await renderNotice({ ...snapApproval(), colour: 'red' } as any).catch((e) => e);
    expect(unknown.code).toBe('VALIDATION');
    const denial = await renderNotice({ ...snapApproval(), kind: 'denial', reasons: [] }).catch((e) => e);
    expect(denial.details).toEqual([{ path: 'reasons', message: expect.any(String) }]);
  });
});
