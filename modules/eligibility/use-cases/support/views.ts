import type { ApplicationProgramRow, ApplicationRow } from '../../adapters/application.repo.js';
import type { EvidenceRow } from '../../domain/evidence.js';

export function memberView(m: EvidenceRow) {
  const p = m.payload;
  return { memberKey: m.evidenceKey, version: m.version, personId: p.personId ?? null, firstName: p.firstName, lastName: p.lastName, dob: p.dob, relationship: p.relationship, effectiveFrom: m.effectiveFrom, effectiveTo: m.effectiveTo };
}

export function applicationView(app: ApplicationRow, programs: ApplicationProgramRow[], members: EvidenceRow[], cases?: Array<{ program: string; caseNumber: string; clocks: unknown[] }>) {
  return {
    id: app.id,
    applicationNumber: app.applicationNumber,
    channel: app.channel,
    status: app.status,
    programs: programs.map((p) => ({
      program: p.program,
      caseId: p.caseId,
      caseNumber: cases?.find((c) => c.program === p.program)?.caseNumber ?? null,
      status: p.status,
      decidedOn: p.decidedOn,
      decisionId: p.decisionId,
      clocks: cases?.find((c) => c.program === p.program)?.clocks ?? undefined,
    })),
    requestedPrograms: app.programs,
    receivedAt: app.receivedAt,
    filedOn: app.filedOn,
    language: app.language,
    unitId: app.unitId,
    primaryPersonId: app.primaryPersonId,
    expedited: app.expedited,
    members: members.filter((m) => m.kind === 'member').map(memberView),
  };
}
