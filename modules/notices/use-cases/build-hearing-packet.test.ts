import { describe, expect, it } from 'vitest';
import { buildHearingPacket } from './build-hearing-packet.js';
import type { PacketInput } from '../domain/packet-input.js';
import { HOME, pdfOutline, pdfPages, pdfText, snapApproval, structureRoles } from '../test-support.js';

function packet(over: Partial<PacketInput> = {}): PacketInput {
  return {
    purpose: 'state_hearing',
    caseNumber: 'C100123',
    program: 'SNAP',
    asOf: '2026-12-01',
    preparedOn: '2027-01-10',
    preparedBy: 'Dana Reviewer',
    reference: 'Docket 2027-0042',
    household: [{ name: 'Maria Núñez', role: 'head', dateOfBirth: '1988-04-02' }],
    evidence: [
      { item: 'Earned income (Acme Foods)', value: '$2,100.00 a month', effectiveFrom: '2026-11-01', source: 'Pay stubs', verification: 'verified' },
      { item: 'Rent', value: '$950.00 a month', effectiveFrom: '2026-01-01', effectiveTo: null, source: 'Lease', verification: 'verified' },
    ],
    determinations: [{
      id: 'det-7',
      program: 'SNAP',
      benefitMonth: '2026-12',
      decidedOn: '2026-11-16',
      eligible: true,
      amountCents: 20_000,
      rulesVersion: 'rules-2026.10.1',
      status: 'approved',
      decidedBy: 'Case Manager One',
      approvedBy: 'Lead Worker',
      reasons: ['Result: eligible for $200.00'],
      explanation: ['Gross income: $2,100.00 (7 CFR 273.9(a))', 'Net income: $1,404.00 (7 CFR 273.10(e))'],
      trace: [{ id: 'grossIncome', value: '$2,100.00', rule: '7 CFR 273.9(b)' }, { id: 'netIncome', value: '$1,404.00', rule: '7 CFR 273.10(e)(1)' }],
    }],
    notices: [
      { noticeDate: '2026-11-16', kind: 'change', language: 'es', effectiveDate: '2026-12-01', sha256: 'a'.repeat(64),
        input: snapApproval({ kind: 'change', language: 'es', amounts: [{ month: '2026-12', amountCents: 20_000, previousAmountCents: 29_800 }], reasons: [{ en: 'Pay went up.', es: 'Su sueldo subió.' }] }) },
    ],
    changes: [{ reportedOn: '2026-11-05', effectiveDate: '2026-11-01', what: 'New job at Acme Foods', before: '$0.00', after: '$2,100.00', by: 'Case Manager One' }],
    auditEvents: Array.from({ length: 150 }, (_, i) => ({ at: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T15:00:00Z`, actor: 'Case Manager One', action: i === 0 ? 'determination.approved' : 'evidence.recorded', summary: `event ${i + 1}` })),
    accessLog: [{ at: '2026-12-02T10:00:00Z', user: 'Auditor Ann', action: 'read', entity: 'case', reason: null }],
    ...over,
  };
}

// Each packet renders twice (contents page numbers); the machine is shared, so allow time.
describe('buildHearingPacket', { timeout: 60_000 }, () => {
  it('holds the cover, evidence, determination with explanation and trace, notices, changes, audit and access log', async () => {
    const bytes = await buildHearingPacket(packet());
    const { text, pages } = await pdfText(bytes);
    for (const s of [
      'State fair hearing packet', 'C100123', 'December 1, 2026', 'Docket 2027-0042', 'Dana Reviewer',
      'Earned income (Acme Foods)', '$2,100.00 a month', 'Pay stubs',
      'decision det-7', 'rules-2026.10.1', 'Net income: $1,404.00 (7 CFR 273.10(e))', 'netIncome', '7 CFR 273.10(e)(1)', 'Lead Worker',
      'Notices sent', 'aaaaaaaaaaaaaaaa', 'Sus beneficios de SNAP (ayuda para comida) van a bajar', 'Su sueldo subió.',
      'New job at Acme Foods', 'event 1', 'event 150', 'Auditor Ann',
    ]) expect(text, s).toContain(s);
    expect(pages).toBeGreaterThan(5);
  });

  it('never reprints a mailing address', async () => {
    const { text } = await pdfText(await buildHearingPacket(packet()));
    for (const part of [HOME.line1, HOME.city, HOME.zip]) expect(text).not.toContain(part);
  });

  it('has bookmarks for each part and a contents table whose page numbers point at the parts', async () => {
    const bytes = await buildHearingPacket(packet());
    const outline = await pdfOutline(bytes);
    const titles = outline.map((o) => o.title);
    for (const t of ['State fair hearing packet', 'Evidence as of the date asked about', 'Determinations', 'Notices sent', 'Changes reported', 'Who changed the record', 'Who saw the record']) expect(titles).toContain(t);
    expect(outline.find((o) => o.title === 'Determinations')!.children).toEqual(['SNAP — December 2026 (decision det-7)']);
    const pageTexts = await pdfPages(bytes);
    const contents = pageTexts[0]!;
    for (const part of ['Determinations', 'Who saw the record', 'Changes reported']) {
      const m = new RegExp(`${part} (\\d+)`).exec(contents);
      expect(m, part).not.toBeNull();
      expect(pageTexts[Number(m![1]) - 1]!.startsWith(part) || pageTexts[Number(m![1]) - 1]!.includes(` ${part} `) || pageTexts[Number(m![1]) - 1]!.includes(part)).toBe(true);
    }
    // The audit table runs over several pages: the access log starts after it.
    const access = Number(/Who saw the record (\d+)/.exec(contents)![1]);
    const audit = Number(/Who changed the record (\d+)/.exec(contents)![1]);
    expect(access).toBeGreaterThan(audit + 1);
  });

  it('is tagged, with the reprinted Spanish notice in its own language section', async () => {
    const bytes = await buildHearingPacket(packet());
    const raw = bytes.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/Lang \(en-US\)/);
    expect(raw).toMatch(/\/Lang \(es-US\)/);
    const roles = await structureRoles(bytes);
    for (const r of ['H1', 'H2', 'Table', 'TH', 'Sect', 'L']) expect(roles).toContain(r);
  });

  it('works for a record with nothing but a cover, and refuses bad input with field paths', async () => {
    const { text } = await pdfText(await buildHearingPacket(packet({ purpose: 'fraud_inquiry', evidence: [], determinations: [], notices: [], changes: [], auditEvents: [], accessLog: [] })));
    expect(text).toContain('Fraud inquiry packet');
    expect(text).toContain('No determination on record for this date.');
    const err = await buildHearingPacket({ ...packet(), asOf: '2026-02-30', purpose: 'lunch' } as any).catch((e) => e);
    expect(err.code).toBe('VALIDATION');
    expect(err.details.map((d: any) => d.path).sort()).toEqual(['asOf', 'purpose']);
  });
});
