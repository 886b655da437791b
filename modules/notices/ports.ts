import type { Clock, Database, DocumentStorage, Sql } from '@hearth/platform';
import type { HolidayCalendar } from '@hearth/kernel';
import type { Principal } from '@hearth/identity';
import type { AgencyInfo } from './domain/notice-input.js';
import type { NoticePolicy } from './domain/policy.js';

/** A case as notices need to see it. */
export interface NoticeCase {
  id: string;
  caseNumber: string;
  programCode: string;
  status: string;
  primaryPersonId: string | null;
  restricted: boolean;
  /** Confidentiality flags; 'family_violence' suppresses the mailing address on every notice. */
  confidentiality: string[];
}

/** What notices need from the cases module: the same access decision every case read gets. */
export interface CaseAccessPort {
  /** Opens a case for a principal; throws NOT_FOUND, or BREAK_GLASS_REQUIRED outside their caseload. */
  open(tx: Sql, principal: Principal, caseId: string, now: Date): Promise<NoticeCase>;
  /** Loads a case with no access decision, for trusted callers (another module's use case, a job). */
  find(tx: Sql, caseId: string): Promise<NoticeCase | null>;
}

export interface NoticesPorts {
  cases: CaseAccessPort;
}

/** Everything the module's use cases may draw on; each use case takes only the part it names. */
export interface NoticesDeps extends NoticesPorts {
  database: Database;
  clock: Clock;
  storage: DocumentStorage;
  timeZone: string;
  calendar: HolidayCalendar;
  policy: NoticePolicy;
  agency: AgencyInfo;
  /** What a family-violence–flagged notice prints instead of the address. */
  suppressedAddress: 'withheld' | 'office';
}
