import type { ClockTypeDefinition } from './clocks.js';

/** Clock types by code. Modules register theirs (eligibility, child support, placements …) at start. */
export class ClockTypeRegistry {
  private readonly defs = new Map<string, ClockTypeDefinition>();

  constructor(initial: Iterable<ClockTypeDefinition> = []) {
    for (const d of initial) this.register(d);
  }

  register(def: ClockTypeDefinition): void {
    const problems: string[] = [];
    if (!/^[a-z][a-z0-9_]*$/.test(def.code)) problems.push('code must be snake_case');
    if (!Number.isInteger(def.length) || def.length < 1) problems.push('length must be a positive whole number');
    if (!Number.isInteger(def.warnDaysBefore) || def.warnDaysBefore < 0) problems.push('warnDaysBefore must be ≥ 0');
    if (!Number.isInteger(def.escalateDaysBefore) || def.escalateDaysBefore < 0) problems.push('escalateDaysBefore must be ≥ 0');
    if (def.escalateDaysBefore > def.warnDaysBefore) problems.push('escalation cannot come before the warning');
    if (!def.citation.trim()) problems.push('a citation is required');
    if (problems.length) throw new Error(`Clock type ${def.code}: ${problems.join('; ')}`);
    const existing = this.defs.get(def.code);
    if (existing && existing !== def) throw new Error(`Clock type ${def.code} is registered twice`);
    this.defs.set(def.code, Object.freeze({ ...def }));
  }

  get(code: string): ClockTypeDefinition | undefined {
    return this.defs.get(code);
  }

  has(code: string): boolean {
    return this.defs.has(code);
  }

  list(programCode?: string): ClockTypeDefinition[] {
    return [...this.defs.values()].filter((d) => !programCode || d.programCode === programCode).sort((a, b) => a.code.localeCompare(b.code));
  }
}
