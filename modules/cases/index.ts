import { HolidayCalendar } from '@hearth/kernel';
import type { HearthModule, PlatformContext } from '@hearth/platform';
import type { CasesDeps, CasesPorts } from './ports.js';
import { clockTypes as defaultClockTypes } from './domain/default-clock-types.js';
import type { ClockTypeRegistry } from './domain/clock-registry.js';
import { clockSweepJob } from './adapters/clock-sweep.job.js';
import { registerCaseRoutes } from './http/cases.routes.js';
import { registerRecordRoutes } from './http/records.routes.js';
import { registerReviewAndWorkloadRoutes } from './http/reviews.routes.js';

export type { CasesPorts, CasesDeps, StaffDirectory, StaffMember, PeoplePort } from './ports.js';
export type { ClockTypeDefinition, ClockState } from './domain/clocks.js';
export { dueDate, clockState, pauseLength } from './domain/clocks.js';
export { ClockTypeRegistry } from './domain/clock-registry.js';
export { CLOCK_CATALOG } from './domain/clock-catalog.js';
export { clockTypes, registerClockType } from './domain/default-clock-types.js';
export { CASE_PROGRAMS, PARTICIPANT_ROLES, CONFIDENTIALITY_FLAGS } from './domain/programs.js';
export { DOCUMENT_TYPES } from './domain/documents.js';
export { NOTE_TEMPLATES, CONTACT_TYPES } from './domain/note-templates.js';
export { clockSweepJob, CLOCK_SWEEP_JOB } from './adapters/clock-sweep.job.js';
export { scopedRecordsFor } from './adapters/scoped-records.js';
export { casePersonMergeParticipant, type CasePersonMergeUndo } from './adapters/person-merge.js';
export { seedCases, mulberry32, seededUuid, type SeedCasesOptions, type SeedCasesResult, type SeedUnitStaff } from './db/seed.js';
export { sweepClocks } from './use-cases/sweep-clocks.js';
// Used by the eligibility module (inside its own unit of work through a joined transaction).
export type { Caller } from './use-cases/support/caller.js';
export { openCase, readCase } from './use-cases/support/case-access.js';
export { createCase } from './use-cases/create-case.js';
export { addParticipant } from './use-cases/add-participant.js';
export { startClock, completeClock } from './use-cases/manage-clock.js';
export { createTask } from './use-cases/create-task.js';
export { submitFinalizingAction } from './use-cases/submit-finalizing-action.js';
export { approveReview, returnReview } from './use-cases/decide-review.js';

export interface CasesModuleOptions {
  /** Agency closures beyond the federal holidays (working-day clocks skip them). */
  holidays?: Iterable<string>;
  /** Defaults to the process-wide registry (preloaded with the shipped catalog). */
  clockTypes?: ClockTypeRegistry;
}

/** Builds the use-case dependencies from the platform context (also used by tests and the CLI). */
export function casesDeps(ctx: PlatformContext, ports: CasesPorts, options: CasesModuleOptions = {}): CasesDeps {
  return {
    ...ports,
    database: ctx.database,
    clock: ctx.clock,
    storage: ctx.storage,
    clockTypes: options.clockTypes ?? defaultClockTypes,
    calendar: new HolidayCalendar(options.holidays ?? []),
    timeZone: ctx.config.timeZone,
    maxUploadBytes: ctx.config.maxUploadBytes,
  };
}

/**
 * Cases, participants, assignment, notes, documents, tasks, regulatory clocks, reviews and overrides.
 * The composition root passes identity's staff directory and the people module's lookups, registers the
 * clock-sweep job (clockSweepJob(casesDeps(ctx, ports))) and schedules it daily.
 */
export function casesModule(ports: CasesPorts, options: CasesModuleOptions = {}): HearthModule & { deps(ctx: PlatformContext): CasesDeps } {
  return {
    name: 'cases',
    deps: (ctx) => casesDeps(ctx, ports, options),
    async registerRoutes(app, ctx) {
      const deps = casesDeps(ctx, ports, options);
      registerCaseRoutes(app, deps);
      await registerRecordRoutes(app, deps);
      registerReviewAndWorkloadRoutes(app, deps);
      if (!ctx.jobs.definitions().some((d) => d.name === 'cases.clock-sweep')) ctx.jobs.register(clockSweepJob(deps));
    },
  };
}
