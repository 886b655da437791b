import { notFound } from '@hearth/kernel';
import { inTransaction, logAccess } from '@hearth/platform';
import { noticeRepo } from '../adapters/notice.repo.js';
import type { NoticesDeps } from '../ports.js';
import { actorFor, type Caller } from './caller.js';
import { noticeView } from './notice-view.js';

type Deps = Pick<NoticesDeps, 'database' | 'clock' | 'cases'>;

/** A case's notices, newest first; a logged read of the case. */
export async function listNotices(caller: Caller, caseId: string, deps: Deps) {
  const actor = actorFor(caller);
  return inTransaction(deps.database, actor, async (uow) => {
    const kase = await deps.cases.open(uow.tx, caller.principal, caseId, deps.clock.now());
    await logAccess(uow.tx, actor, { action: 'read', entityType: 'case_notices', entityId: caseId, caseId, personId: kase.primaryPersonId, restricted: kase.restricted });
    return { items: (await noticeRepo.forCase(uow.tx, caseId)).map(noticeView) };
  });
}

/** One notice's metadata, after the same access decision as its case; logged. */
export async function getNotice(caller: Caller, noticeId: string, deps: Deps, entityType = 'notice') {
  const actor = actorFor(caller);
  return inTransaction(deps.database, actor, async (uow) => {
    const n = await noticeRepo.find(uow.tx, noticeId);
    if (!n) throw notFound('Notice', noticeId);
    const kase = await deps.cases.open(uow.tx, caller.principal, n.caseId, deps.clock.now());
    await logAccess(uow.tx, actor, { action: 'read', entityType, entityId: n.id, caseId: n.caseId, personId: kase.primaryPersonId, restricted: kase.restricted });
    return noticeView(n);
  });
}

/** The notice's PDF bytes as mailed (by content hash), a logged read. */
export async function getNoticePdf(caller: Caller, noticeId: string, deps: Deps & Pick<NoticesDeps, 'storage'>) {
  const notice = await getNotice(caller, noticeId, deps, 'notice_pdf');
  return { notice, bytes: await deps.storage.get(notice.sha256) };
}
