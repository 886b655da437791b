import { randomUUID } from 'node:crypto';
import type { UnitOfWork } from '@hearth/platform';
import { monthOf } from '../../domain/months.js';
import { evidenceRepo } from '../../adapters/evidence.repo.js';
import type { ApplicationRow } from '../../adapters/application.repo.js';
import type { EvidenceRow } from '../../domain/evidence.js';
import { record } from './common.js';

/**
 * Records the household as listed on the application: one 'member' evidence item each (and the address), in force
 * from the first day of the application month, as the applicant's statement, not yet verified.
 */
export async function recordMembers(
  uow: UnitOfWork,
  app: ApplicationRow,
  household: Array<Record<string, unknown> & { relationship: string }>,
  address: Record<string, unknown> | null,
  recordedBy: string | null,
  at: Date,
): Promise<EvidenceRow[]> {
  const from = monthOf(app.filedOn);
  const out: EvidenceRow[] = [];
  for (const m of household) {
    const payload = Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined));
    const row = await evidenceRepo.insert(uow.tx, {
      applicationId: app.id, evidenceKey: randomUUID(), version: 1, kind: 'member', memberKey: null, payload, amountCents: null,
      effectiveFrom: from, effectiveTo: null, source: 'applicant_statement', verification: 'unverified', documentId: null, retracted: false,
      changeId: null, reason: 'listed on the application', recordedBy, recordedAt: at.toISOString(),
    });
    record(uow, { action: 'evidence.recorded', entityType: 'elig_evidence', row: row as any, personId: (m.personId as string | undefined) ?? null });
    out.push(row);
  }
  if (address && Object.keys(address).length) {
    const row = await evidenceRepo.insert(uow.tx, {
      applicationId: app.id, evidenceKey: randomUUID(), version: 1, kind: 'address', memberKey: null, payload: address, amountCents: null,
      effectiveFrom: from, effectiveTo: null, source: 'applicant_statement', verification: 'unverified', documentId: null, retracted: false,
      changeId: null, reason: 'given on the application', recordedBy, recordedAt: at.toISOString(),
    });
    record(uow, { action: 'evidence.recorded', entityType: 'elig_evidence', row: row as any });
  }
  return out;
}
