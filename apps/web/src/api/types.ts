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
  field: string;
  agreement: string;
}

export interface SearchResult {
  person: PersonSummary;
  score: number;
  reasons: MatchReason[];
}

/** ASSUMED element shapes of PersonDetail's arrays. */
export interface PersonDetail extends PersonSummary {
  aliases: Array<{ id?: string; firstName?: string; lastName?: string; kind?: string } | string>;
  contacts: Array<{ id?: string; kind: string; value: string }>;
  addresses: Array<{ id?: string; line1: string; line2?: string | null; city: string; state: string; zip: string; kind?: string }>;
  addressSuppressed?: boolean;
  relationships: Array<{ id?: string; personId: string; name?: string; kind: string }>;
  households: Array<{ id: string; name?: string | null; role?: string | null }>;
}

/** ASSUMED: GET /api/households/:id */
export interface HouseholdDetail {
  id: string;
  name?: string | null;
  address?: string | null;
  members: Array<{ personId: string; name: string; role?: string | null; startedOn?: string | null; endedOn?: string | null; restricted?: boolean }>;
}

export interface CaseSummary {
  id: string;
  caseNumber: string;
  programCode: string;
  status: string;
  unitId: string;
  unitName: string;
  assignedWorkerId: string | null;
  assignedWorkerName: string | null;
  primaryPerson: { id: string; name: string };
  restricted: boolean;
  openedOn: string;
  complexity?: number | null;
}

/** ASSUMED: what CaseDetail adds to CaseSummary (the contract does not spell it out). */
export interface CaseDetail extends CaseSummary {
  closedOn?: string | null;
  participants?: Array<{ personId: string; name: string; role: string; restricted?: boolean }>;
  tasks?: TaskView[];
  clocks?: ClockView[];
  pendingReviews?: Array<{ id: string; kind: string; summary: string }>;
}

/** ASSUMED */
export interface TaskView {
  id: string;
  caseId?: string | null;
  caseNumber?: string | null;
  title: string;
  dueOn?: string | null;
  status: string;
  priority?: string | null;
  assignedToName?: string | null;
  overdue?: boolean;
}

/** ASSUMED */
export interface ClockView {
  id: string;
  caseId?: string | null;
  caseNumber?: string | null;
  clockType: string;
  label?: string | null;
  dueOn: string;
  status: string; // running | paused | met | missed
  daysRemaining?: number | null;
}

/** ASSUMED */
export interface NoteView {
  id: string;
  at: string;
  authorName: string;
  templateCode?: string | null;
  body: string;
}

/** ASSUMED */
export interface NoteTemplate {
  code: string;
  name: string;
  body: string;
}

/** ASSUMED */
export interface DocumentView {
  id: string;
  type: string;
  filename: string;
  size?: number | null;
  uploadedAt: string;
  uploadedByName?: string | null;
}

/** ASSUMED */
export interface TimelineEntry {
  at: string;
  kind: string;
  summary: string;
  actorName?: string | null;
}

export interface ActionResult {
  status: 'applied' | 'pending_review';
  reviewId?: string;
}

/** ASSUMED: GET /api/reviews items */
export interface ReviewView {
  id: string;
  caseId: string;
  caseNumber: string;
  kind: string;
  summary: string;
  details?: string | null;
  submittedByName: string;
  submittedAt: string;
  status: string;
}

export interface WorkloadWorker {
  id: string;
  name: string;
  level: number | null;
  openCases: number;
  weightedLoad: number;
}

/** ASSUMED: GET /api/workload/suggest */
export interface WorkloadSuggestion {
  workerId: string;
  workerName: string;
  reason?: string;
}

export interface StaffView {
  id: string;
  displayName: string;
  roleCode: string;
  roleName: string;
  level: number | null;
  unitIds: string[];
}

/** ASSUMED: admin shapes */
export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  roleCode: string;
  unitIds: string[];
  active?: boolean;
  locked?: boolean;
}
export interface AdminUnit {
  id: string;
  name: string;
  code?: string;
  parentId?: string | null;
}
export interface AdminRole {
  code: string;
  name: string;
  level: number | null;
  permissions: string[];
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
