/**
 * Roles come from the agency's job classes. Permissions are data (the role_permission table);
 * this catalog is what a new agency starts with, and what the demo and tests seed.
 */
export const PERMISSIONS = {
  'person.read': 'See people and households',
  'person.write': 'Register and change people, relationships and households',
  'case.read': 'See cases in one\'s scope',
  'case.write': 'Open cases, add participants, notes, documents and tasks',
  'case.finalize': 'Take finalizing actions: determinations, closures, plan approvals',
  'case.assign': 'Assign and reassign cases',
  'workload.balance': 'See unit workloads and reassign in bulk',
  'review.decide': 'Approve or return a Case Manager I\'s finalizing actions',
  'override.approve': 'Approve overrides (always with a reason)',
  'breakglass.review': 'See break-the-glass accesses in one\'s units',
  'task.write': 'Create, assign and complete tasks; pause and resume clocks',
  'audit.read': 'Browse the audit and access logs',
  'jobs.read': 'See background jobs and their progress',
  'jobs.run': 'Start background jobs',
  'admin.users': 'Manage users, units and role assignments',
  'admin.roles': 'Change which permissions each role has',
} as const;

export type Permission = keyof typeof PERMISSIONS;

export interface RoleDefinition {
  code: string;
  name: string;
  /** Case Manager level I–V; Coordinators I–III are equivalents of levels I–III. */
  level: number | null;
  /** A level I worker's finalizing actions go to the review queue. */
  decisionsReviewed: boolean;
  permissions: Permission[];
}

const worker: Permission[] = ['person.read', 'person.write', 'case.read', 'case.write', 'case.finalize', 'task.write', 'jobs.read'];
const lead: Permission[] = [...worker, 'case.assign', 'workload.balance', 'review.decide', 'breakglass.review'];
const caseManager = (level: number, label: string, code = `case_manager_${level}`): RoleDefinition => ({
  code,
  name: label,
  level,
  decisionsReviewed: level === 1,
  permissions: level >= 4 ? [...worker, 'case.assign'] : worker,
});

export const ROLE_CATALOG: RoleDefinition[] = [
  caseManager(1, 'Case Manager I'),
  caseManager(2, 'Case Manager II'),
  caseManager(3, 'Case Manager III'),
  caseManager(4, 'Case Manager IV'),
  caseManager(5, 'Case Manager V'),
  caseManager(1, 'Case Management Coordinator I', 'cm_coordinator_1'),
  caseManager(2, 'Case Management Coordinator II', 'cm_coordinator_2'),
  caseManager(3, 'Case Management Coordinator III', 'cm_coordinator_3'),
  { code: 'lead_worker', name: 'Lead worker', level: null, decisionsReviewed: false, permissions: lead },
  { code: 'supervisor', name: 'Supervisor', level: null, decisionsReviewed: false, permissions: [...lead, 'override.approve', 'jobs.run'] },
  { code: 'um_coordinator', name: 'Utilization-management coordinator', level: null, decisionsReviewed: false, permissions: [...worker] },
  { code: 'cs_attorney', name: 'Child-support attorney', level: null, decisionsReviewed: false, permissions: ['person.read', 'case.read', 'case.write', 'case.finalize', 'task.write'] },
  { code: 'program_manager', name: 'Program manager', level: null, decisionsReviewed: false, permissions: ['person.read', 'case.read', 'workload.balance', 'breakglass.review', 'jobs.read', 'jobs.run', 'audit.read'] },
  { code: 'auditor', name: 'Auditor', level: null, decisionsReviewed: false, permissions: ['person.read', 'case.read', 'audit.read', 'breakglass.review', 'jobs.read'] },
  { code: 'sysadmin', name: 'System administrator', level: null, decisionsReviewed: false, permissions: ['admin.users', 'admin.roles', 'jobs.read', 'jobs.run'] },
];

export const PROGRAMS = [
  { code: 'snap', name: 'SNAP (food assistance)' },
  { code: 'tanf', name: 'TANF cash assistance' },
  { code: 'medicaid', name: 'Medicaid' },
  { code: 'child_support', name: 'Child support (IV-D)' },
  { code: 'child_welfare', name: 'Child-welfare placement' },
  { code: 'work_program', name: 'TANF work program' },
  { code: 'general_services', name: 'General case management' },
] as const;

export type ProgramCode = (typeof PROGRAMS)[number]['code'];
