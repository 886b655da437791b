import type { Sql } from '@hearth/platform';
import { clockState, daysLeft, escalateOn, warnOn, type ClockState, type ClockStatus } from '../../domain/clocks.js';
import type { ClockTypeRegistry } from '../../domain/clock-registry.js';
import type { ClockRow, TaskRow } from '../../db/schema.js';
import type { CasesPorts } from '../../ports.js';
import { nameStaff } from './case-views.js';

export interface ClockView {
  id: string;
  caseId: string;
  typeCode: string;
  name: string;
  citation: string;
  countingRule: string;
  unit: 'calendar' | 'working';
  length: number;
  startedOn: string;
  dueOn: string;
  warnOn: string | null;
  escalateOn: string | null;
  status: string;
  state: ClockState;
  daysLeft: number;
  pausedOn: string | null;
  pauseReason: string | null;
  pausedDays: number;
  warnedOn: string | null;
  escalatedOn: string | null;
}

export function clockView(row: ClockRow, registry: ClockTypeRegistry, today: string): ClockView {
  const def = registry.get(row.typeCode);
  return {
    id: row.id,
    caseId: row.caseId,
    typeCode: row.typeCode,
    name: def?.name ?? row.typeCode,
    citation: def?.citation ?? '',
    countingRule: def?.countingRule ?? '',
    unit: def?.unit ?? 'calendar',
    length: def?.length ?? 0,
    startedOn: row.startedOn,
    dueOn: row.dueOn,
    warnOn: def ? warnOn(def, row.dueOn) : null,
    escalateOn: def ? escalateOn(def, row.dueOn) : null,
    status: row.status,
    state: def ? clockState(def, { status: row.status as ClockStatus, dueOn: row.dueOn }, today) : (row.status as ClockState),
    daysLeft: daysLeft(row.dueOn, today),
    pausedOn: row.pausedOn,
    pauseReason: row.pauseReason,
    pausedDays: row.pausedDays,
    warnedOn: row.warnedOn,
    escalatedOn: row.escalatedOn,
  };
}

export interface TaskView {
  id: string;
  caseId: string;
  title: string;
  description: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  dueOn: string | null;
  priority: string;
  status: string;
  source: string;
  clockId: string | null;
  overdue: boolean;
  createdAt: string;
  completedAt: string | null;
  outcome: string | null;
}

export async function taskViews(tx: Sql, ports: Pick<CasesPorts, 'staff'>, rows: TaskRow[], today: string): Promise<TaskView[]> {
  const names = await nameStaff(tx, ports, rows.map((r) => r.assigneeId));
  return rows.map((t) => ({
    id: t.id,
    caseId: t.caseId,
    title: t.title,
    description: t.description,
    assigneeId: t.assigneeId,
    assigneeName: t.assigneeId ? (names.get(t.assigneeId) ?? null) : null,
    dueOn: t.dueOn,
    priority: t.priority,
    status: t.status,
    source: t.source,
    clockId: t.clockId,
    overdue: t.status === 'open' && t.dueOn !== null && t.dueOn < today,
    createdAt: t.createdAt,
    completedAt: t.completedAt,
    outcome: t.outcome,
  }));
}
