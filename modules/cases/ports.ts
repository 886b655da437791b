import type { Database, Sql, Clock, DocumentStorage } from '@hearth/platform';
import type { HolidayCalendar } from '@hearth/kernel';
import type { ClockTypeRegistry } from './domain/clock-registry.js';

/** A staff member as this module needs to see them (identity's StaffDirectory satisfies this). */
export interface StaffMember {
  id: string;
  displayName: string;
  roleCode: string;
  level: number | null;
  unitIds: string[];
  active: boolean;
}

/** Read-only staff lookups, implemented by identity and wired by the composition root. */
export interface StaffDirectory {
  get(ids: string[], tx: Sql): Promise<Map<string, StaffMember>>;
  /** Active case-carrying members of a unit. */
  unitMembers(unitId: string, tx: Sql): Promise<StaffMember[]>;
  /** Leads and supervisors of a unit (escalations go to them). */
  unitLeaders?(unitId: string, tx: Sql): Promise<Array<StaffMember & { membership?: string }>>;
  /** Unit names for case summaries (optional: summaries show null without it). */
  unitNames?(ids: string[], tx: Sql): Promise<Map<string, string>>;
}

/** What cases needs from the people module. */
export interface PeoplePort {
  exists(personId: string, tx: Sql): Promise<boolean>;
  names(ids: string[], tx: Sql): Promise<Map<string, string>>;
}

export interface CasesPorts {
  staff: StaffDirectory;
  people: PeoplePort;
}

/** Everything the module's use cases may draw on; each use case takes only the part it names. */
export interface CasesDeps extends CasesPorts {
  database: Database;
  clock: Clock;
  storage: DocumentStorage;
  clockTypes: ClockTypeRegistry;
  calendar: HolidayCalendar;
  timeZone: string;
  maxUploadBytes: number;
}
