/**
 * Workload balancing: each open case weighs its complexity (1 = simple … 5 = most complex);
 * a worker's load is the sum over their open cases. The least-loaded eligible worker is suggested.
 */
export interface WorkerLoad {
  id: string;
  name: string;
  level: number | null;
  active: boolean;
  openCases: number;
  weightedLoad: number;
}

export interface CaseToPlace {
  complexity: number;
  restricted: boolean;
  assignedWorkerId?: string | null;
}

export function complexityWeight(complexity: number): number {
  return Math.min(5, Math.max(1, Math.round(complexity)));
}

/** The lowest case-manager level that may carry a case: complex or restricted cases need experience. */
export function minimumLevelFor(c: CaseToPlace): number {
  const byComplexity = c.complexity >= 5 ? 3 : c.complexity >= 4 ? 2 : 1;
  return c.restricted ? Math.max(2, byComplexity) : byComplexity;
}

/** Case-carrying staff (a case-manager level) who are active and experienced enough for the case. */
export function isEligible(w: WorkerLoad, c: CaseToPlace): boolean {
  return w.active && w.level !== null && w.level >= minimumLevelFor(c);
}

/** Eligible workers, least loaded first (ties: fewer cases, then name). The current worker is left out. */
export function rankWorkers(workers: readonly WorkerLoad[], c: CaseToPlace): WorkerLoad[] {
  return workers
    .filter((w) => isEligible(w, c) && w.id !== c.assignedWorkerId)
    .sort((a, b) => a.weightedLoad - b.weightedLoad || a.openCases - b.openCases || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export function suggestWorker(workers: readonly WorkerLoad[], c: CaseToPlace): WorkerLoad | null {
  return rankWorkers(workers, c)[0] ?? null;
}
