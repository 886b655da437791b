import type { NoticeRow } from '../db/schema.js';

/** A notice's metadata as the API shows it (no address is ever stored, so none can show). */
export function noticeView(n: NoticeRow) {
  return {
    id: n.id,
    caseId: n.caseId,
    kind: n.kind,
    program: n.program,
    language: n.language,
    title: n.title,
    noticeDate: n.noticeDate,
    effectiveDate: n.effectiveDate,
    hearingDeadline: n.hearingDeadline,
    continuedBenefitsBy: n.continuedBenefitsBy,
    dueDate: n.dueDate,
    changeDirection: n.changeDirection,
    adverse: n.adverse,
    amounts: n.amounts,
    reasons: n.reasons,
    citations: n.citations,
    addressSuppressed: n.addressSuppressed,
    determinationId: n.determinationId,
    rulesVersion: n.rulesVersion,
    sha256: n.sha256,
    sizeBytes: n.sizeBytes,
    issuedBy: n.issuedBy,
    issuedAt: new Date(n.issuedAt).toISOString(),
    pdfUrl: `/api/notices/${n.id}/pdf`,
  };
}
export type NoticeView = ReturnType<typeof noticeView>;
