/**
 * URLs of the eligibility pages. The route table lives in router.tsx (shared); these builders keep this feature's
 * links independent of it: /apply, /eligibility, /eligibility/applications/:id, /eligibility/decisions/:id,
 * /eligibility/cases/:id (?application= carries the application when known).
 */
const enc = encodeURIComponent;

export const elPaths = {
  apply: () => '/apply',
  queue: () => '/eligibility',
  application: (id: string, tab?: string) => `/eligibility/applications/${enc(id)}${tab ? `?tab=${enc(tab)}` : ''}`,
  decision: (id: string) => `/eligibility/decisions/${enc(id)}`,
  case: (caseId: string, applicationId?: string | null) => `/eligibility/cases/${enc(caseId)}${applicationId ? `?application=${enc(applicationId)}` : ''}`,
};

/** Route patterns and names to add to router.tsx's ROUTES (see the web README). */
export const ELIGIBILITY_ROUTES = {
  apply: '/apply',
  eligibility: '/eligibility',
  eligibilityApplication: '/eligibility/applications/:id',
  eligibilityDecision: '/eligibility/decisions/:id',
  eligibilityCase: '/eligibility/cases/:id',
} as const;
