import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/** Clean URLs, no router package: pushState + popstate, matched against a short route table. */
export const ROUTES = {
  signin: '/signin',
  worklist: '/worklist',
  caseload: '/caseload',
  people: '/people',
  person: '/people/:id',
  household: '/households/:id',
  case: '/cases/:id',
  caseAsOf: '/cases/:id/as-of',
  reviews: '/reviews',
  workload: '/workload',
  admin: '/admin',
  audit: '/audit',
  jobs: '/jobs',
  duplicates: '/registry/duplicates',
  registryMerge: '/registry/merge',
  apply: '/apply',
  eligibility: '/eligibility',
  eligibilityApplication: '/eligibility/applications/:id',
  eligibilityDecision: '/eligibility/decisions/:id',
  eligibilityCase: '/eligibility/cases/:id',
} as const;

export type RouteName = keyof typeof ROUTES;
export interface Route {
  name: RouteName | 'home' | 'notFound';
  params: Record<string, string>;
  path: string;
  search: URLSearchParams;
}

const NAV_EVENT = 'hearth:navigate';

export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const a = pattern.split('/').filter(Boolean);
  const b = path.replace(/\/+$/, '').split('/').filter(Boolean);
  if (a.length !== b.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const s = b[i]!;
    if (p.startsWith(':')) params[p.slice(1)] = decodeURIComponent(s);
    else if (p !== s) return null;
  }
  return params;
}

export function resolve(pathname: string, search = ''): Route {
  const sp = new URLSearchParams(search);
  if (pathname === '/' || pathname === '') return { name: 'home', params: {}, path: '/', search: sp };
  for (const [name, pattern] of Object.entries(ROUTES) as Array<[RouteName, string]>) {
    const params = matchPath(pattern, pathname);
    if (params) return { name, params, path: pathname, search: sp };
  }
  return { name: 'notFound', params: {}, path: pathname, search: sp };
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('popstate', cb);
  window.addEventListener(NAV_EVENT, cb);
  return () => {
    window.removeEventListener('popstate', cb);
    window.removeEventListener(NAV_EVENT, cb);
  };
}
const snapshot = () => window.location.pathname + window.location.search;

/** The current route; re-renders on navigate() and on Back/Forward. */
export function useRoute(): Route {
  const href = useSyncExternalStore(subscribe, snapshot, snapshot);
  const q = href.indexOf('?');
  return resolve(q < 0 ? href : href.slice(0, q), q < 0 ? '' : href.slice(q));
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (opts.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAV_EVENT));
}

/** Fills a pattern: href('case', {id}) → /cases/123 */
export function href(name: RouteName, params: Record<string, string> = {}, query?: Record<string, string | undefined>): string {
  let path: string = ROUTES[name];
  for (const [k, v] of Object.entries(params)) path = path.replace(`:${k}`, encodeURIComponent(v));
  if (query) {
    const sp = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v) sp.set(k, v);
    const s = sp.toString();
    if (s) path += `?${s}`;
  }
  return path;
}

export type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/** An ordinary link (so middle-click, copy link and screen readers work) that navigates in-app on plain click. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (rest.target && rest.target !== '_self') return;
    e.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}
