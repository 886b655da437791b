import { HolidayCalendar } from '@hearth/kernel';
import type { HearthModule, PlatformContext } from '@hearth/platform';
import type { AgencyInfo } from './domain/notice-input.js';
import type { NoticePolicy } from './domain/policy.js';
import { DEMO_AGENCY } from './domain/resolve-notice.js';
import type { NoticesDeps, NoticesPorts } from './ports.js';
import { registerNoticeRoutes } from './http/notices.routes.js';

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
export { noticeDocument, ADDRESS_WITHHELD, IN_CARE_OF } from './domain/notice-content.js';
export { plainText, type DocumentModel, type Block } from './domain/document-model.js';

// Rendering
export { renderNotice, renderResolvedNotice } from './use-cases/render-notice.js';
export { writeTaggedPdf, writeTaggedPdfWithPages } from './adapters/tagged-pdf.js';

// Hearing, quality-control and fraud-inquiry packets
export { PACKET_PURPOSES, packetInputSchema, type PacketInput, type PacketPurpose } from './domain/packet-input.js';
export { packetDocument, PACKET_SECTIONS } from './domain/packet-content.js';
export { buildHearingPacket } from './use-cases/build-hearing-packet.js';

// Issuing and reading stored notices
export type { CaseAccessPort, NoticeCase, NoticesPorts, NoticesDeps } from './ports.js';
export { sqlCaseAccess } from './adapters/case-access.sql.js';
export { issueNotice, issueNoticeIn, type IssueNoticeRequest, type IssueNoticeOptions } from './use-cases/issue-notice.js';
export { listNotices, getNotice, getNoticePdf } from './use-cases/read-notices.js';
export { previewNotice } from './use-cases/preview-notice.js';
export { noticeView, type NoticeView } from './use-cases/notice-view.js';

export interface NoticesModuleOptions {
  /** The state's notice choices (Medicaid hearing period, TANF rules); federal defaults otherwise. */
  policy?: NoticePolicy;
  /** The agency printed on letters; the demo agency otherwise. */
  agency?: AgencyInfo;
  /** Agency closures beyond the federal holidays (continued-benefit and due dates skip them). */
  holidays?: Iterable<string>;
  /** A flagged recipient's letter: 'withheld' (default) prints only "Address withheld for safety"; 'office' sends it in care of the office. */
  suppressedAddress?: 'withheld' | 'office';
}

/** Builds the use-case dependencies from the platform context (also used by tests, jobs and other modules). */
export function noticesDeps(ctx: PlatformContext, ports: NoticesPorts, options: NoticesModuleOptions = {}): NoticesDeps {
  return {
    ...ports,
    database: ctx.database,
    clock: ctx.clock,
    storage: ctx.storage,
    timeZone: ctx.config.timeZone,
    calendar: new HolidayCalendar(options.holidays ?? []),
    policy: options.policy ?? {},
    agency: options.agency ?? DEMO_AGENCY,
    suppressedAddress: options.suppressedAddress ?? 'withheld',
  };
}

/** The notices module as the composition root wires it: ports from cases, routes under /api/…/notices. */
export function noticesModule(ports: NoticesPorts, options: NoticesModuleOptions = {}): HearthModule & { deps(ctx: PlatformContext): NoticesDeps } {
  return {
    name: 'notices',
    deps: (ctx) => noticesDeps(ctx, ports, options),
    registerRoutes(app, ctx) {
      registerNoticeRoutes(app, noticesDeps(ctx, ports, options));
    },
  };
}
export { loadPacketRecords, type PacketRecordsOptions } from './adapters/packet-records.js';
