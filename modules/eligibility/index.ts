import { HolidayCalendar } from '@hearth/kernel';
import type { HearthModule, PlatformContext } from '@hearth/platform';
import { clockTypes } from '@hearth/cases';
import type { EligibilityDeps, EligibilityPorts } from './ports.js';
import { ELIGIBILITY_CLOCK_TYPES } from './domain/programs.js';
import { registerApplicationRoutes } from './http/applications.routes.js';
import { registerEvidenceRoutes } from './http/evidence.routes.js';
import { registerDecisionRoutes } from './http/decisions.routes.js';
import { registerBenefitRoutes } from './http/benefits.routes.js';
import { registerRedeterminationRoutes } from './http/redetermination.routes.js';
import { registerMoreRoutes } from './http/more.routes.js';
import { verificationSweepJob, VERIFICATION_SWEEP_JOB, massRedeterminationJob, MASS_REDETERMINATION_JOB } from './adapters/jobs.js';

export type { EligibilityPorts, EligibilityDeps, NoticePort, NoticeRequest, PacketBundler } from './ports.js';
export { ELIG_PROGRAMS, RULES_PROGRAM, ELIGIBILITY_CLOCK_TYPES, certificationMonths, type EligProgram } from './domain/programs.js';
export { buildFacts, evidenceInForce } from './domain/facts.js';
export { planChange, adverseEffectiveMonth, recoupmentCents } from './domain/benefits.js';
export { treatResources, transferPenalty } from './domain/ltc.js';
export { filingDate } from './domain/filing.js';
export { runMassRedetermination, redetermineBatch, compactResult, type RedeterminationCheckpoint } from './use-cases/mass-redetermine.js';
export { massRedeterminationJob, MASS_REDETERMINATION_JOB, verificationSweepJob, VERIFICATION_SWEEP_JOB } from './adapters/jobs.js';

export interface EligibilityModuleOptions {
  /** Agency closures beyond the federal holidays (filing dates move past them). */
  holidays?: Iterable<string>;
  /** The state whose rules apply; Hearth ships Colorado. */
  state?: string;
  /** Public online applications per address per minute. */
  publicPerMinute?: number;
}

/** Registers this module's clock types with the cases module's registry (once per process). */
export function registerEligibilityClockTypes(): void {
  for (const def of ELIGIBILITY_CLOCK_TYPES) if (!clockTypes.has(def.code)) clockTypes.register(def);
}

export function eligibilityDeps(ctx: PlatformContext, ports: EligibilityPorts, options: EligibilityModuleOptions = {}): EligibilityDeps {
  registerEligibilityClockTypes();
  return {
    database: ctx.database,
    clock: ctx.clock,
    jobs: ctx.jobs,
    calendar: new HolidayCalendar(options.holidays ?? []),
    timeZone: ctx.config.timeZone,
    state: options.state ?? 'CO',
    cases: ports.cases(ctx),
    notices: ports.notices ?? null,
    packets: ports.packets ?? null,
  };
}

/**
 * Eligibility and benefits: applications, evidence, determinations, benefits ledger, changes, renewals, mass
 * redetermination, legal resources, hearing packets and reports. The composition root passes the cases module's
 * deps (and, when present, the notices module's ports).
 */
export function eligibilityModule(ports: EligibilityPorts, options: EligibilityModuleOptions = {}): HearthModule & { deps(ctx: PlatformContext): EligibilityDeps } {
  return {
    name: 'eligibility',
    deps: (ctx) => eligibilityDeps(ctx, ports, options),
    async registerRoutes(app, ctx) {
      const deps = eligibilityDeps(ctx, ports, options);
      await registerApplicationRoutes(app, deps, { publicPerMinute: options.publicPerMinute ?? 30 });
      registerEvidenceRoutes(app, deps);
      registerDecisionRoutes(app, deps);
      registerBenefitRoutes(app, deps);
      registerRedeterminationRoutes(app, deps);
      registerMoreRoutes(app, deps);
      const registered = new Set(ctx.jobs.definitions().map((d) => d.name));
      if (!registered.has(VERIFICATION_SWEEP_JOB)) ctx.jobs.register(verificationSweepJob(deps));
      if (!registered.has(MASS_REDETERMINATION_JOB)) ctx.jobs.register(massRedeterminationJob(deps));
    },
  };
}
