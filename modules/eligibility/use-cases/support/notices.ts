import type { UnitOfWork } from '@hearth/platform';
import { noticeRepo, type NoticeRequestRow } from '../../adapters/work.repo.js';
import type { EligibilityDeps, NoticeRequest } from '../../ports.js';
import { record } from './common.js';

/**
 * Asks for a notice: always recorded here (elig_notice_request), and passed to the notices module when it is wired
 * (its notice id is linked back). Inside the caller's transaction: no decision without its notice request.
 */
export async function requestNotice(uow: UnitOfWork, deps: Pick<EligibilityDeps, 'notices'>, n: Omit<NoticeRequest, 'id'>): Promise<NoticeRequestRow> {
  const row = await noticeRepo.insert(uow.tx, n);
  record(uow, { action: 'notice.requested', entityType: 'elig_notice_request', row: row as any, caseId: n.caseId });
  if (deps.notices) {
    const made = await deps.notices.request(uow.tx, { ...n, id: row.id });
    if (made) {
      await noticeRepo.link(uow.tx, row.id, made.noticeId);
      return { ...row, noticeId: made.noticeId };
    }
  }
  return row;
}
