import { z } from 'zod';
import { inTransaction } from '@hearth/platform';
import { buildHearingPacket, loadPacketRecords, PACKET_PURPOSES, type PacketInput } from '@hearth/notices';
import { currentVersions, type EvidenceRow } from '../domain/evidence.js';
import { evidenceRepo } from '../adapters/evidence.repo.js';
import { decisionRepo } from '../adapters/decision.repo.js';
import { noticeRepo } from '../adapters/work.repo.js';
import { changeRepo } from '../adapters/change.repo.js';
import type { EligibilityDeps } from '../ports.js';
import { actorFor, dateString, parseInput, type Caller } from './support/common.js';
import { openProgramCase } from './support/access.js';

export const packetInput = z.strictObject({
  asOf: dateString.describe('The date asked about: evidence as known at the end of that day, decisions and records up to it'),
  purpose: z.enum(PACKET_PURPOSES).default('state_hearing'),
  reference: z.string().trim().max(200).optional().describe('Docket or sample number'),
});

const usd = (c: number | null | undefined) => (c === null || c === undefined ? '' : `$${(c / 100).toFixed(2)}`);

function describe(e: EvidenceRow): { item: string; value: string } {
  const p = e.payload;
  switch (e.kind) {
    case 'member': return { item: `Household member: ${p.firstName} ${p.lastName}`, value: `${p.relationship}, born ${p.dob}${p.disabled ? ', disabled' : ''}` };
    case 'earned_income': return { item: `Earned income${p.employer ? ` (${p.employer})` : ''}`, value: `${usd(e.amountCents)} a month` };
    case 'unearned_income': return { item: `Unearned income (${p.incomeType})`, value: `${usd(e.amountCents)} a month` };
    case 'expense': return { item: `Expense (${p.expenseType})`, value: `${usd(e.amountCents)} a month` };
    case 'address': return { item: 'Address', value: p.homeless ? 'homeless' : 'on file (not printed in packets)' };
    case 'transfer': return { item: `Transfer: ${p.asset}`, value: `on ${p.transferredOn}, fair market value $${p.fairMarketValue}, received $${p.compensationReceived}` };
    default: return { item: `${e.kind.replace('_', ' ')}`, value: usd(e.amountCents) || JSON.stringify(p).slice(0, 400) };
  }
}

/** The packet's data for one case and date: evidence as it stood, determinations with explanation and trace, notices, changes, audit and access logs. */
export async function packetData(caller: Caller, caseId: string, raw: unknown, deps: EligibilityDeps): Promise<PacketInput> {
  const input = parseInput(packetInput, raw);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { caseRow, program, app } = await openProgramCase(uow, caller, caseId, deps, { log: 'elig_packet' });
    const knownAt = new Date(Date.parse(`${input.asOf}T23:59:59.999Z`)).toISOString();
    const evidence = currentVersions(await evidenceRepo.forApplication(uow.tx, app.id), knownAt);
    const decisions = (await decisionRepo.forCase(uow.tx, caseId)).filter((d) => d.createdAt <= knownAt);
    const determinations: PacketInput['determinations'] = [];
    for (const d of decisions) {
      for (const x of await decisionRepo.determinationsOf(uow.tx, d.id)) {
        determinations.push({
          id: x.id, program: d.program, benefitMonth: x.benefitMonth.slice(0, 7), decidedOn: x.createdAt.slice(0, 10), eligible: x.eligible, amountCents: x.amountCents,
          rulesVersion: x.rulesVersion, status: d.status, decidedBy: d.submittedBy, approvedBy: d.approvedBy,
          reasons: x.result.reasons.map((r) => r.text.en).slice(0, 50), explanation: (x.explanation?.en ?? []).slice(0, 500),
          trace: ((x.trace ?? []) as Array<{ id: string; value: unknown; rule: string }>).slice(0, 1000).map((s) => ({ id: s.id, value: JSON.stringify(s.value).slice(0, 500), rule: s.rule })),
        });
      }
    }
    const records = await loadPacketRecords(uow.tx, caseId, { through: input.asOf });
    const kindFor = (k: string) => (k === 'adverse_action' || k === 'mass_change' ? 'change' : k) as PacketInput['notices'] extends Array<infer N> | undefined ? N extends { kind: infer K } ? K : never : never;
    const requested = (await noticeRepo.forCase(uow.tx, caseId)).filter((n) => n.requestedOn <= input.asOf).map((n) => ({
      noticeDate: n.requestedOn, kind: kindFor(n.kind), language: n.language as 'en' | 'es', effectiveDate: n.effectiveOn, title: `Requested from the eligibility module: ${n.kind.replace('_', ' ')}`,
    }));
    const changes = (await changeRepo.forCase(uow.tx, caseId)).filter((c) => c.reportedOn <= input.asOf).map((c) => ({
      reportedOn: c.reportedOn, effectiveDate: c.effectiveOn, what: `${c.kind}: ${c.description}`,
      before: c.comparison ? c.comparison.months.map((m) => `${m.month.slice(0, 7)} ${usd(m.oldCents)}`).join('; ').slice(0, 500) : null,
      after: c.comparison ? c.comparison.months.map((m) => `${m.month.slice(0, 7)} ${usd(m.newCents)}`).join('; ').slice(0, 500) : null,
      by: c.reportedBy,
    }));
    return {
      purpose: input.purpose, caseNumber: caseRow.caseNumber, program: program.program.toUpperCase(), asOf: input.asOf, preparedOn: deps.clock.today(),
      preparedBy: caller.principal.displayName, reference: input.reference ?? null,
      household: evidence.filter((e) => e.kind === 'member').map((m) => ({ name: `${m.payload.firstName} ${m.payload.lastName}`, role: m.payload.relationship, dateOfBirth: m.payload.dob })),
      evidence: evidence.filter((e) => e.kind !== 'member').map((e) => ({ ...describe(e), effectiveFrom: e.effectiveFrom, effectiveTo: e.effectiveTo, source: e.source, verification: e.verification, recordedOn: e.recordedAt.slice(0, 10) })),
      determinations: determinations.slice(-200),
      notices: [...records.notices, ...requested],
      changes,
      auditEvents: records.auditEvents,
      accessLog: records.accessLog,
    };
  });
}

/** The packet as one tagged PDF, rendered by the notices module's bundler. */
export async function packetPdf(caller: Caller, caseId: string, raw: unknown, deps: EligibilityDeps): Promise<Buffer> {
  return buildHearingPacket(await packetData(caller, caseId, raw, deps));
}
