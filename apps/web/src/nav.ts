import type { MessageKey } from './i18n';
import type { RouteName } from './router';

export interface NavItem {
  route: RouteName;
  label: MessageKey;
  /** Shown when the user holds any of these permissions. */
  anyOf: string[];
}

/** The side navigation; each page is guarded by the same rule, so a hidden item is also a refused page. */
export const NAV: NavItem[] = [
  { route: 'worklist', label: 'nav.worklist', anyOf: ['task.write', 'case.write'] },
  { route: 'caseload', label: 'nav.caseload', anyOf: ['case.read'] },
  { route: 'people', label: 'nav.people', anyOf: ['person.read'] },
  { route: 'duplicates', label: 'nav.duplicates', anyOf: ['person.write'] },
  { route: 'eligibility', label: 'nav.eligibility', anyOf: ['case.write'] },
  { route: 'reviews', label: 'nav.reviews', anyOf: ['review.decide'] },
  { route: 'workload', label: 'nav.workload', anyOf: ['workload.balance'] },
  { route: 'admin', label: 'nav.admin', anyOf: ['admin.users', 'admin.roles'] },
  { route: 'audit', label: 'nav.audit', anyOf: ['audit.read', 'breakglass.review'] },
  { route: 'jobs', label: 'nav.jobs', anyOf: ['jobs.read'] },
];

/** Pages not in the nav but still guarded. */
export const PAGE_PERMISSIONS: Partial<Record<RouteName, string[]>> = {
  ...Object.fromEntries(NAV.map((n) => [n.route, n.anyOf])),
  person: ['person.read'],
  household: ['person.read'],
  case: ['case.read'],
  caseAsOf: ['case.read'],
  registryMerge: ['person.write'],
};

export function allowed(route: RouteName, permissions: readonly string[]): boolean {
  const need = PAGE_PERMISSIONS[route];
  if (!need) return true;
  return need.some((p) => permissions.includes(p));
}

/** Where to land after sign-in: the first page the user may see. */
export function homeFor(permissions: readonly string[]): RouteName {
  return NAV.find((n) => n.anyOf.some((p) => permissions.includes(p)))?.route ?? 'worklist';
}
