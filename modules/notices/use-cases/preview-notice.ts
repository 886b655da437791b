import type { NoticesDeps } from '../ports.js';
import { resolveNotice } from '../domain/resolve-notice.js';
import { renderResolvedNotice } from './render-notice.js';

/**
 * Renders a notice from the request body without storing it (the web app's "preview" before issuing).
 * Nothing is read from the case, so nothing is logged; the body is all there is.
 */
export async function previewNotice(body: unknown, deps: Pick<NoticesDeps, 'clock' | 'calendar' | 'policy' | 'agency' | 'suppressedAddress'>): Promise<Buffer> {
  const notice = resolveNotice(body, { today: deps.clock.today(), policy: deps.policy, calendar: deps.calendar, agency: deps.agency, suppressedAddress: deps.suppressedAddress, pathPrefix: 'body' });
  return renderResolvedNotice(notice);
}
