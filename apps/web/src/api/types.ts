/**
 * Shapes from docs/api-contract.md. Where the contract names a route but not its shape,
 * the type below is this app's assumption and is marked ASSUMED (see apps/web/README.md).
 */
export type Lang = 'en' | 'es';

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  roleCode: string;
  roleName: string;
  level: number | null;
  decisionsReviewed: boolean;
  permissions: string[];
  unitIds: string[];
  leadUnitIds: string[];
  supervisorUnitIds: string[];
  programCodes: string[];
  preferredLanguage: Lang;
}

export interface SessionView {
  user: UserView;
  csrfToken: string;
  /** The agency's calendar day (`HEARTH_TIME_ZONE`), when the server sends it; the browser's day otherwise. */
  today?: string;
  timeZone?: string;
}

export interface Paged<T> {
  items: T[];
  nextCursor?: string | null;
}

export interface PersonSummary {
  id: string;
  firstName: string;
  middleName?: string | null;
  lastName: string;
  suffix?: string | null;
  dob: string | null;
  ssnLast4: string | null;
  sex?: string | null;
  preferredLanguage?: string | null;
  restricted: boolean;
  flags: string[];
}

export interface MatchReason {
  /** name | alias | dob | ssnLast4 */
  field: string;
  /** exact | close | partial | swapped | different | missing */
  agreement: string;
}

export interface SearchResult {
  person: PersonSummary;
  score: number;
  reasons: MatchReason[];
}

export interface PersonDetail extends PersonSummary {
  aliases: Array<{ id: string; kind: string; firstName: string; middleName?: string | null; lastName: string; suffix?: string | null }>;
  contacts: Array<{ id: string; kind: string; value: string; label?: string | null; isPrimary?: boolean }>;
  addresses: Array<{ id: string; kind: string; line1: string; line2?: string | null; city: string; state: string; postalCode: string; county?: string | null; fromDate?: string; toDate?: string | null }>;
  addressSuppressed?: boolean;
  employerSuppressed?: boolean;
  relationships: Array<{ id: string; type: string; person: { id: string; name: string; restricted: boolean }; fromDate?: string | null; toDate?: string | null }>;
  households: Array<{ householdId: string; name: string; role: string; fromDate: string; toDate: string | null }>;
  version?: number;
  /** Set when this record was merged into another person (the survivor's id). */
  mergedInto?: string | null;
}

export interface HouseholdDetail {
  id: string;
  name: string;
  members: Array<{ person: PersonSummary; role: string; fromDate: string; toDate: string | null; endReason?: string | null }>;
}

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
  confidentiality?: string[];
  openedOn: string;
  closedOn?: string | null;
  complexity?: number | null;
}

export interface CaseDetail extends CaseSummary {
  closeReason?: string | null;
  /** How the caller got in: assigned | unit | lead | program | everything | break_glass */
  access?: string;
  participants?: Array<{ id?: string; personId: string; name: string | null; role: string; startedOn?: string; endedOn?: string | null }>;
  openTasks?: TaskView[];
  clocks?: ClockView[];
  reviews?: Array<{ id: string; kind: string; summary: string; status: string; submittedByName: string | null; submittedAt: string; comment: string | null }>;
}

export interface TaskView {
  id: string;
  caseId: string;
  caseNumber?: string | null;
  title: string;
  description?: string | null;
  assigneeName?: string | null;
  dueOn: string | null;
  /** low | normal | high | urgent */
  priority?: string;
  /** open | done */
  status: string;
  overdue?: boolean;
}

export interface ClockView {
  id: string;
  caseId: string;
  caseNumber?: string | null;
  typeCode: string;
  name: string;
  citation?: string;
  dueOn: string;
  /** running | paused | met | stopped */
  status: string;
  /** on_track | warning | escalated | overdue | paused | met | stopped */
  state?: string;
  daysLeft?: number;
  pauseReason?: string | null;
}

export interface NoteView {
  id: string;
  contactType: string;
  contactOn: string;
  participants?: Array<{ id: string; name: string | null }>;
  subject?: string | null;
  narrative: string;
  templateCode?: string | null;
  authorName: string | null;
  createdAt: string;
}

export interface NoteTemplate {
  code: string;
  name: string;
  contactType: string;
  programCodes: string[] | 'all';
  narrative: string;
}

export interface DocumentView {
  id: string;
  type: string;
  fileName: string;
  mediaType?: string;
  sizeBytes?: number | null;
  description?: string | null;
  uploadedAt: string;
}

export interface TimelineEntry {
  at: string;
  /** event | contact | task_due */
  kind: string;
  action?: string;
  summary: string;
  actorName?: string | null;
  reason?: string | null;
}

export interface ActionResult {
  status: 'applied' | 'pending_review';
  reviewId?: string;
}

export interface ReviewView {
  id: string;
  caseId: string;
  caseNumber: string | null;
  programCode?: string | null;
  kind: string;
  summary: string;
  details?: Record<string, unknown> | null;
  submittedByName: string | null;
  submittedAt: string;
  status: string;
  comment?: string | null;
  decidedByName?: string | null;
}

export interface WorkloadWorker {
  id: string;
  name: string;
  level: number | null;
  active?: boolean;
  openCases: number;
  weightedLoad: number;
}

export interface WorkloadSuggestion {
  caseId: string;
  minimumLevel: number;
  suggestion: WorkloadWorker | null;
  candidates: WorkloadWorker[];
}

export interface StaffView {
  id: string;
  displayName: string;
  roleCode: string;
  roleName: string;
  level: number | null;
  unitIds: string[];
}

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  email?: string | null;
  roleCode: string;
  roleName?: string;
  units: Array<{ unitId: string; membership: 'member' | 'lead' | 'supervisor' }>;
  active?: boolean;
  locked?: boolean;
  lastLoginAt?: string | null;
}
export interface AdminUnit {
  id: string;
  name: string;
  code?: string;
  parentId?: string | null;
  programCode?: string | null;
  memberCount?: number;
}
export interface AdminRole {
  code: string;
  name: string;
  level: number | null;
  decisionsReviewed?: boolean;
  permissions: string[];
}
export interface AdminRoles {
  roles: AdminRole[];
  permissions: Array<{ code: string; description: string }>;
}

export interface AuditEvent {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  caseId: string | null;
  personId: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
}

export interface AccessEntry {
  id: string;
  at: string;
  userId: string;
  userName: string;
  action: string;
  entityType: string;
  entityId: string;
  caseId: string | null;
  personId: string | null;
  reason: string | null;
  restricted: boolean;
}

export interface JobView {
  id: string;
  jobName: string;
  status: string;
  total: number | null;
  done: number;
  message: string | null;
  createdAt: string;
  updatedAt: string;
}

/** GET /api/clock-types?program= (modules/cases domain/clocks.ts ClockTypeDefinition). */
export interface ClockTypeView {
  code: string;
  name: string;
  programCode: string;
  citation: string;
  startEvent: string;
  length: number;
  unit: 'calendar' | 'working';
  countingRule: string;
  warnDaysBefore: number;
  escalateDaysBefore: number;
}

/**
 * GET /api/cases/:id/as-of?date= — the case rebuilt from the audit trail at the end of that day. Each list holds the
 * entities' stored rows as they were then (camelCase columns of modules/cases db/schema.ts), not the live views.
 */
export interface CaseAsOfView {
  asOf: string;
  readOnly: true;
  lastChangeSeq: number;
  case: { id: string; caseNumber: string; programCode: string; status: string; unitId: string; assignedWorkerId: string | null; primaryPersonId: string; complexity: number; confidentiality: string[]; restricted?: boolean; openedOn: string; closedOn: string | null; closeReason: string | null };
  participants: Array<{ id: string; personId: string; role: string; startedOn: string; endedOn: string | null }>;
  assignments: Array<{ id: string; workerId: string | null; unitId: string; assignedAt: string; endedAt: string | null; reason: string | null }>;
  notes: Array<{ id: string; contactType: string; contactOn: string; subject: string | null; narrative: string; authorId: string | null; createdAt: string }>;
  documents: Array<{ id: string; docType: string; fileName: string; uploadedAt: string; description: string | null }>;
  tasks: Array<{ id: string; title: string; dueOn: string | null; status: string; priority: string; completedAt: string | null }>;
  clocks: Array<{ id: string; typeCode: string; startedOn: string; dueOn: string; status: string; state: string; pauseReason: string | null }>;
  reviews: Array<{ id: string; kind: string; summary: string; status: string; submittedAt: string; comment: string | null }>;
  actions: Array<{ id: string; kind: string; summary: string; takenAt?: string }>;
  overrides: Array<{ id: string; what: string; reason: string; approvedAt: string }>;
}
