import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import { DomainError, notFound } from '@hearth/kernel';
import { inTransaction, type UnitOfWork } from '@hearth/platform';
import { amountOf, currentVersions, EVIDENCE_KINDS, EVIDENCE_SOURCES, PAYLOAD_SCHEMAS, VERIFICATION_STATUSES, type EvidenceKind, type EvidenceRow } from '../domain/evidence.js';
import { overlapsMonth } from '../domain/months.js';
import { evidenceRepo } from '../adapters/evidence.repo.js';
import type { ApplicationRow } from '../adapters/application.repo.js';
import type { EligibilityDeps } from '../ports.js';
import { actorFor, dateString, invalid, parseInput, record, type Caller } from './support/common.js';
import { openApplication } from './support/access.js';

export const recordEvidenceInput = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  payload: z.record(z.string(), z.unknown()).describe('Fields by kind (see the README): money in dollars, monthly for income and expenses'),
  effectiveFrom: dateString,
  effectiveTo: dateString.nullable().optional(),
  source: z.enum(EVIDENCE_SOURCES),
  verification: z.enum(VERIFICATION_STATUSES).default('unverified'),
  documentId: z.uuid().optional().describe('A document uploaded to the case (cases module)'),
  reason: z.string().trim().max(1000).optional(),
});

export const reviseEvidenceInput = z.strictObject({
  payload: z.record(z.string(), z.unknown()).optional().describe('The full new payload (replaces the previous one)'),
  effectiveFrom: dateString.optional(),
  effectiveTo: dateString.nullable().optional(),
  source: z.enum(EVIDENCE_SOURCES).optional(),
  verification: z.enum(VERIFICATION_STATUSES).optional(),
  documentId: z.uuid().nullable().optional(),
  retract: z.boolean().optional().describe('The item no longer holds or was entered in error (history stays)'),
  reason: z.string().trim().min(3, 'say why this changes').max(1000),
});

function validatePayload(kind: EvidenceKind, payload: unknown, members: Set<string>) {
  const parsed = parseInput(PAYLOAD_SCHEMAS[kind], payload, 'payload') as Record<string, any>;
  if (parsed.memberKey && !members.has(parsed.memberKey)) throw invalid('payload.memberKey', 'not a household member of this application');
  if (parsed.claimedAsDependentByKey && !members.has(parsed.claimedAsDependentByKey)) throw invalid('payload.claimedAsDependentByKey', 'not a household member of this application');
  return parsed;
}

export function evidenceView(e: EvidenceRow) {
  return {
    id: e.id, evidenceKey: e.evidenceKey, version: e.version, kind: e.kind, memberKey: e.memberKey, payload: e.payload, amountCents: e.amountCents,
    effectiveFrom: e.effectiveFrom, effectiveTo: e.effectiveTo, source: e.source, verification: e.verification, documentId: e.documentId,
    retracted: e.retracted, changeId: e.changeId, reason: e.reason, recordedBy: e.recordedBy, recordedAt: e.recordedAt,
  };
}

/** Inserts a new evidence item (version 1) inside an open unit of work. */
export async function insertEvidence(uow: UnitOfWork, app: ApplicationRow, input: z.output<typeof recordEvidenceInput>, by: { userId: string | null; at: Date }, changeId: string | null = null): Promise<EvidenceRow> {
  const all = await evidenceRepo.forApplication(uow.tx, app.id);
  const members = new Set(currentVersions(all).filter((e) => e.kind === 'member').map((e) => e.evidenceKey));
  const payload = validatePayload(input.kind, input.payload, members);
  if (input.effectiveTo && input.effectiveTo < input.effectiveFrom) throw invalid('effectiveTo', 'before effectiveFrom');
  const row = await evidenceRepo.insert(uow.tx, {
    applicationId: app.id, evidenceKey: randomUUID(), version: 1, kind: input.kind, memberKey: payload.memberKey ?? null, payload, amountCents: amountOf(input.kind, payload),
    effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo ?? null, source: input.source, verification: input.verification, documentId: input.documentId ?? null,
    retracted: false, changeId, reason: input.reason ?? null, recordedBy: by.userId, recordedAt: by.at.toISOString(),
  });
  record(uow, { action: 'evidence.recorded', entityType: 'elig_evidence', row: row as any, personId: payload.personId ?? null });
  return row;
}

/** Adds a version to an item inside an open unit of work (nothing is overwritten). */
export async function insertEvidenceVersion(uow: UnitOfWork, evidenceKey: string, input: z.output<typeof reviseEvidenceInput>, by: { userId: string | null; at: Date }, changeId: string | null = null): Promise<EvidenceRow> {
  const prev = await evidenceRepo.latest(uow.tx, evidenceKey);
  if (!prev) throw notFound('Evidence', evidenceKey);
  if (prev.retracted) throw new DomainError('INVALID_STATE', 'This item was retracted; record a new one');
  const all = await evidenceRepo.forApplication(uow.tx, prev.applicationId);
  const members = new Set(currentVersions(all).filter((e) => e.kind === 'member').map((e) => e.evidenceKey));
  const payload = input.payload ? validatePayload(prev.kind, input.payload, members) : prev.payload;
  const effectiveFrom = input.effectiveFrom ?? prev.effectiveFrom;
  const effectiveTo = input.effectiveTo === undefined ? prev.effectiveTo : input.effectiveTo;
  if (effectiveTo && effectiveTo < effectiveFrom) throw invalid('effectiveTo', 'before effectiveFrom');
  const row = await evidenceRepo.insert(uow.tx, {
    applicationId: prev.applicationId, evidenceKey, version: prev.version + 1, kind: prev.kind, memberKey: payload.memberKey ?? null, payload, amountCents: amountOf(prev.kind, payload),
    effectiveFrom, effectiveTo, source: input.source ?? prev.source, verification: input.verification ?? prev.verification,
    documentId: input.documentId === undefined ? prev.documentId : input.documentId, retracted: input.retract ?? false, changeId, reason: input.reason, recordedBy: by.userId, recordedAt: by.at.toISOString(),
  });
  record(uow, { action: input.retract ? 'evidence.retracted' : 'evidence.versioned', entityType: 'elig_evidence', row: row as any, before: prev, reason: input.reason });
  return row;
}

/** POST /applications/:id/evidence — records a fact with its dates, source and verification. */
export async function recordEvidence(caller: Caller, applicationId: string, raw: unknown, deps: EligibilityDeps) {
  const input = parseInput(recordEvidenceInput, raw);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { app } = await openApplication(uow, caller, applicationId, deps, { lock: true });
    return evidenceView(await insertEvidence(uow, app, input, { userId: caller.principal.userId, at: deps.clock.now() }));
  });
}

/** POST /evidence/:key/versions — a correction, a verification or an end date, as a new version. */
export async function reviseEvidence(caller: Caller, evidenceKey: string, raw: unknown, deps: EligibilityDeps) {
  const input = parseInput(reviseEvidenceInput, raw);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const prev = await evidenceRepo.latest(uow.tx, evidenceKey);
    if (!prev) throw notFound('Evidence', evidenceKey);
    await openApplication(uow, caller, prev.applicationId, deps, { lock: true });
    return evidenceView(await insertEvidenceVersion(uow, evidenceKey, input, { userId: caller.principal.userId, at: deps.clock.now() }));
  });
}

export const listEvidenceQuery = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM').optional().describe('Only items in force in this benefit month'),
  knownOn: dateString.optional().describe('As it stood at the end of this day: versions recorded later are left out'),
  history: z.enum(['true', 'false']).optional().describe('Every version, not only the current one'),
});

/** GET /applications/:id/evidence — current items (or every version), optionally as known on a date and in force in a month. */
export async function listEvidence(caller: Caller, applicationId: string, raw: unknown, deps: EligibilityDeps) {
  const q = parseInput(listEvidenceQuery, raw ?? {});
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { app } = await openApplication(uow, caller, applicationId, deps, { log: 'elig_evidence' });
    const all = await evidenceRepo.forApplication(uow.tx, app.id);
    const knownAt = q.knownOn ? new Date(Date.parse(`${q.knownOn}T23:59:59.999Z`)).toISOString() : undefined;
    let items = q.history === 'true' ? all.filter((r) => !knownAt || r.recordedAt <= knownAt) : currentVersions(all, knownAt);
    if (q.month) {
      const m = `${q.month}-01`;
      items = items.filter((r) => overlapsMonth(r.effectiveFrom, r.effectiveTo, m));
    }
    return { applicationId: app.id, knownOn: q.knownOn ?? null, month: q.month ?? null, items: items.map(evidenceView) };
  });
}
