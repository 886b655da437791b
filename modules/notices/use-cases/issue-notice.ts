import { z } from 'zod';
import { DomainError, notFound } from '@hearth/kernel';
import { inTransaction, type Actor, type UnitOfWork } from '@hearth/platform';
import type { Principal } from '@hearth/identity';
import { NOTICE_KINDS, NOTICE_LANGUAGES, noticeDataSchema, type NoticeData, type NoticeKind, type NoticeLanguage } from '../domain/notice-input.js';
import { resolveNotice } from '../domain/resolve-notice.js';
import { noticeDocument } from '../domain/notice-content.js';
import { parseInput } from '../domain/validation.js';
import { writeTaggedPdf } from '../adapters/tagged-pdf.js';
import { noticeRepo } from '../adapters/notice.repo.js';
import type { NoticesDeps } from '../ports.js';
import { noticeView, type NoticeView } from './notice-view.js';

export interface IssueNoticeRequest {
  caseId: string;
  kind: NoticeKind;
  language: NoticeLanguage;
  data: NoticeData;
}

export interface IssueNoticeOptions {
  /** When given, the principal must be allowed to open the case (as for any case read); otherwise the caller is trusted. */
  principal?: Principal;
}

const requestSchema = z.strictObject({
  caseId: z.uuid(),
  kind: z.enum(NOTICE_KINDS),
  language: z.enum(NOTICE_LANGUAGES),
  data: z.unknown(),
});

type Deps = Pick<NoticesDeps, 'database' | 'clock' | 'storage' | 'cases' | 'calendar' | 'policy' | 'agency' | 'suppressedAddress'>;

/**
 * Issues a notice: renders the PDF, stores it by content hash, writes the notice row and its audit event (which
 * also puts it on the case timeline) in one transaction. A family-violence flag on the case suppresses the
 * address whatever the data says. The notice date is today unless given; it may not be in the past.
 */
export async function issueNotice(deps: Deps, actor: Actor, request: IssueNoticeRequest, opts: IssueNoticeOptions = {}): Promise<{ noticeId: string; notice: NoticeView }> {
  return inTransaction(deps.database, actor, (uow) => issueNoticeIn(uow, deps, request, opts));
}

/** The same, inside a caller's unit of work (e.g. eligibility approving a determination and sending its notice together). */
export async function issueNoticeIn(uow: UnitOfWork, deps: Deps, request: IssueNoticeRequest, opts: IssueNoticeOptions = {}): Promise<{ noticeId: string; notice: NoticeView }> {
  const req = parseInput(requestSchema, request);
  const now = deps.clock.now();
  const today = deps.clock.today();
  const kase = opts.principal ? await deps.cases.open(uow.tx, opts.principal, req.caseId, now) : await deps.cases.find(uow.tx, req.caseId);
  if (!kase) throw notFound('Case', req.caseId);

  const data = parseInput(noticeDataSchema, req.data, 'data');
  if (data.noticeDate && data.noticeDate < today) {
    throw new DomainError('VALIDATION', 'The request is not valid', [{ path: 'data.noticeDate', message: `cannot be before today (${today}): a notice is dated the day it is mailed` }]);
  }
  const suppressed = data.recipient.addressSuppressed || kase.confidentiality.includes('family_violence');
  const notice = resolveNotice(
    { ...data, kind: req.kind, language: req.language, recipient: { ...data.recipient, addressSuppressed: suppressed } },
    { today, policy: deps.policy, calendar: deps.calendar, agency: deps.agency, suppressedAddress: deps.suppressedAddress, pathPrefix: 'data' },
  );
  const model = noticeDocument(notice);
  const bytes = await writeTaggedPdf(model);
  // Content-addressed: the same bytes are kept once; a blob orphaned by a rollback is harmless.
  const stored = await deps.storage.put(bytes);
  const pick = (l: string | { en: string; es: string }) => (typeof l === 'string' ? l : l[notice.language]);
  const row = await noticeRepo.insert(uow.tx, {
    caseId: kase.id,
    kind: notice.kind,
    program: notice.program,
    language: notice.language,
    title: model.title,
    noticeDate: notice.noticeDate,
    effectiveDate: notice.effectiveDate,
    hearingDeadline: notice.hearingDeadline,
    continuedBenefitsBy: notice.continuedBenefitsBy,
    dueDate: notice.verificationDue ?? notice.renewalDue,
    changeDirection: notice.direction,
    adverse: notice.adverse,
    amounts: notice.amounts,
    reasons: notice.reasons.map(pick),
    citations: notice.citations,
    addressSuppressed: suppressed,
    determinationId: notice.determinationId ?? null,
    rulesVersion: notice.rulesVersion ?? null,
    sha256: stored.sha256,
    sizeBytes: stored.size,
    issuedBy: uow.actor.userId,
  });
  uow.audit({ action: 'notice.issued', entityType: 'notice', entityId: row.id, caseId: kase.id, personId: kase.primaryPersonId, after: row });
  return { noticeId: row.id, notice: noticeView(row) };
}
