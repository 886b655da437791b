/**
 * @hearth/notices — client notices (approval, denial, change, closure, verification request, renewal) and
 * hearing/inquiry packets as tagged PDFs in English and Spanish, stored by content hash and listed on the case.
 * This file is the only surface other modules may import.
 */

// Notice content and rules (pure)
export { NOTICE_KINDS, NOTICE_LANGUAGES, noticeInputSchema, noticeDataSchema, type NoticeKind, type NoticeLanguage, type NoticeInput, type NoticeData, type NoticeAmount, type AgencyInfo, type MailingAddress, type LineText } from './domain/notice-input.js';
export { NOTICE_PROGRAMS, FEDERAL_NOTICE_RULES, DEFAULT_NOTICE_POLICY, noticeRulesFor, type NoticeProgram, type NoticePolicy, type ProgramNoticeRules, type DaysRule } from './domain/policy.js';
export {
  adverseActionEffectiveDate, continuedBenefitsDeadline, hearingRequestDeadline, isTimelyAdverseNotice, verificationDueDate,
  isAllowedVerificationDueDate, snapRenewalNoticeWindow, snapTimelyRenewalDate, medicaidRenewalReturnBy, firstOfMonthOnOrAfter, workingDayOnOrAfter,
} from './domain/notice-dates.js';
export { resolveNotice, DEMO_AGENCY, type ResolvedNotice, type ResolveOptions } from './domain/resolve-notice.js';
export { noticeDocument, ADDRESS_WITHHELD } from './domain/notice-content.js';
export { plainText, type DocumentModel, type Block } from './domain/document-model.js';

// Rendering
export { renderNotice, renderResolvedNotice } from './use-cases/render-notice.js';
export { writeTaggedPdf, writeTaggedPdfWithPages } from './adapters/tagged-pdf.js';

// Hearing, quality-control and fraud-inquiry packets
export { PACKET_PURPOSES, packetInputSchema, type PacketInput, type PacketPurpose } from './domain/packet-input.js';
export { packetDocument, PACKET_SECTIONS } from './domain/packet-content.js';
export { buildHearingPacket } from './use-cases/build-hearing-packet.js';
