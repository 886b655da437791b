import type { Sql } from '@hearth/platform';
import type { CaseRow } from '../../db/schema.js';
import type { CasesPorts } from '../../ports.js';

export interface CaseSummary {
  id: string;
  caseNumber: string;
  programCode: string;
  status: string;
  unitId: string;
  unitName: string | null;
  assignedWorkerId: string | null;
  assignedWorkerName: string | null;
  primaryPerson: { id: string; name: string | null };
  restricted: boolean;
  confidentiality: string[];
  openedOn: string;
  closedOn: string | null;
  complexity: number;
}

/** Case rows → summaries with worker, unit and person names, in as few lookups as possible. */
export async function summarize(tx: Sql, rows: CaseRow[], ports: CasesPorts): Promise<CaseSummary[]> {
  if (rows.length === 0) return [];
  const workerIds = [...new Set(rows.map((r) => r.assignedWorkerId).filter((x): x is string => !!x))];
  const unitIds = [...new Set(rows.map((r) => r.unitId))];
  const personIds = [...new Set(rows.map((r) => r.primaryPersonId))];
  const [staff, units, people] = await Promise.all([
    ports.staff.get(workerIds, tx),
    ports.staff.unitNames ? ports.staff.unitNames(unitIds, tx) : Promise.resolve(new Map<string, string>()),
    ports.people.names(personIds, tx),
  ]);
  return rows.map((r) => ({
    id: r.id,
    caseNumber: r.caseNumber,
    programCode: r.programCode,
    status: r.status,
    unitId: r.unitId,
    unitName: units.get(r.unitId) ?? null,
    assignedWorkerId: r.assignedWorkerId,
    assignedWorkerName: r.assignedWorkerId ? (staff.get(r.assignedWorkerId)?.displayName ?? null) : null,
    primaryPerson: { id: r.primaryPersonId, name: people.get(r.primaryPersonId) ?? null },
    restricted: Boolean(r.restricted),
    confidentiality: r.confidentiality,
    openedOn: r.openedOn,
    closedOn: r.closedOn,
    complexity: r.complexity,
  }));
}

export async function nameStaff(tx: Sql, ports: Pick<CasesPorts, 'staff'>, ids: Array<string | null | undefined>): Promise<Map<string, string>> {
  const list = [...new Set(ids.filter((x): x is string => !!x))];
  const m = await ports.staff.get(list, tx);
  return new Map([...m].map(([id, s]) => [id, s.displayName]));
}
