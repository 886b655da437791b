import type { Database, Clock, JobQueue, PlatformContext, Sql } from '@hearth/platform';
import type { HolidayCalendar } from '@hearth/kernel';
import type { CasesDeps } from '@hearth/cases';

/** A notice the eligibility module asks for (approval, denial, change, adverse action, verification request …). */
export interface NoticeRequest {
  id: string;
  caseId: string | null;
  applicationId: string | null;
  kind: 'approval' | 'denial' | 'change' | 'adverse_action' | 'closure' | 'verification_request' | 'renewal' | 'mass_change';
  language: 'en' | 'es';
  decisionId: string | null;
  determinationId: string | null;
  requestedOn: string;
  /** For adverse actions: the date the action takes effect (at least 10 days after the notice). */
  effectiveOn: string | null;
  /** What the notice says: program, months and amounts, reasons (en/es from the determination's explanation), due dates. */
  payload: Record<string, unknown>;
}

/**
 * Where notice requests go. The eligibility module always records the request in elig_notice_request; when the
 * notices module is wired, the composition root passes this port and the notice it creates is linked back.
 * It runs inside the eligibility transaction (tx), so a failed notice rolls the decision back.
 */
export interface NoticePort {
  request(tx: Sql, req: NoticeRequest): Promise<{ noticeId: string } | null>;
}

/** Hearing/inquiry packet bundler (the notices module renders the PDF). */
export interface PacketBundler {
  bundle(tx: Sql, packet: Record<string, unknown>): Promise<{ documentId: string; url?: string } | null>;
}

export interface EligibilityPorts {
  /** The cases module's dependencies (the composition root passes casesModule(...).deps(ctx)). */
  cases(ctx: PlatformContext): CasesDeps;
  notices?: NoticePort;
  packets?: PacketBundler;
}

export interface EligibilityDeps {
  database: Database;
  clock: Clock;
  jobs: JobQueue;
  calendar: HolidayCalendar;
  timeZone: string;
  /** Two-letter state whose rules apply (Hearth ships Colorado). */
  state: string;
  cases: CasesDeps;
  notices: NoticePort | null;
  packets: PacketBundler | null;
}
