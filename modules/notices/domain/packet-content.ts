/**
 * The hearing / quality-control / fraud-inquiry packet as a document model: a cover page with the case, the
 * date asked about and the purpose; a table of contents; then the evidence as it stood on that date, each
 * determination with its explanation, trace values and rules version, the notices sent (listed, and reprinted
 * when their content is given), the changes reported, and the audit and access-log entries for the record.
 * Written in English for the hearing officer or reviewer; reprinted notices keep their own language.
 */
import type { Block, DocumentModel } from './document-model.js';
import type { ParsedPacketInput, PacketPurpose } from './packet-input.js';
import { resolveNotice } from './resolve-notice.js';
import { noticeDocument } from './notice-content.js';
import { formatDate, formatMonth, money } from './words.js';

const PURPOSE: Record<PacketPurpose, { title: string; text: string }> = {
  state_hearing: { title: 'State fair hearing packet', text: 'Evidence for a state fair hearing' },
  federal_qc_review: { title: 'Federal quality-control review packet', text: 'Case record for a federal quality-control review' },
  fraud_inquiry: { title: 'Fraud inquiry packet', text: 'Case record for a fraud investigation' },
};

export const PACKET_SECTIONS = {
  evidence: 'Evidence as of the date asked about',
  determinations: 'Determinations',
  notices: 'Notices sent',
  changes: 'Changes reported',
  audit: 'Who changed the record',
  access: 'Who saw the record',
} as const;

const dash = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? '—' : v);
const date = (d: string | null | undefined) => (d ? formatDate(d, 'en') : '—');

/** `pages` (section title → page) fills the contents table; the first rendering pass leaves it empty. */
export function packetDocument(p: ParsedPacketInput, pages: ReadonlyMap<string, number> = new Map()): DocumentModel {
  const purpose = PURPOSE[p.purpose];
  const title = `${purpose.title}: case ${p.caseNumber} as of ${formatDate(p.asOf, 'en')}`;
  const blocks: Block[] = [];
  const section = (name: string) => {
    blocks.push({ type: 'pageBreak' });
    blocks.push({ type: 'heading', level: 1, text: name, bookmark: true });
  };

  // Cover
  blocks.push({ type: 'heading', level: 1, text: purpose.title, bookmark: true });
  blocks.push({
    type: 'table',
    caption: 'About this packet',
    header: ['Item', 'Detail'],
    rows: [
      ['Case number', p.caseNumber],
      ['Program', p.program],
      ['Date asked about', formatDate(p.asOf, 'en')],
      ['Purpose', purpose.text],
      ...(p.reference ? [['Reference', p.reference]] : []),
      ['Prepared on', formatDate(p.preparedOn, 'en')],
      ['Prepared by', p.preparedBy],
      ['Rules versions', dash([...new Set(p.determinations.map((d) => d.rulesVersion))].join(', '))],
    ],
    widths: [140, 352],
  });
  if (p.household.length) {
    blocks.push({ type: 'table', caption: 'Household', header: ['Name', 'Role', 'Date of birth'], rows: p.household.map((m) => [m.name, dash(m.role), date(m.dateOfBirth)]), widths: [220, 140, 132] });
  }
  blocks.push({ type: 'paragraph', text: 'Each part below shows the record as Hearth held it. Amounts are in U.S. dollars. Dates are calendar dates; times are UTC.', small: true });
  const sections = Object.values(PACKET_SECTIONS);
  blocks.push({ type: 'heading', level: 2, text: 'Contents' });
  blocks.push({ type: 'table', header: ['Part', 'Page'], rows: sections.map((s) => [s, pages.has(s) ? String(pages.get(s)) : '…']), widths: [380, 112] });

  // Evidence
  section(PACKET_SECTIONS.evidence);
  blocks.push({ type: 'paragraph', text: `Evidence in force on ${formatDate(p.asOf, 'en')}: ${p.evidence.length} item${p.evidence.length === 1 ? '' : 's'}.` });
  if (p.evidence.length) {
    blocks.push({
      type: 'table',
      header: ['Item', 'Value', 'In effect', 'Source', 'Verified'],
      rows: p.evidence.map((e) => [e.item, e.value, `${date(e.effectiveFrom)} – ${e.effectiveTo ? date(e.effectiveTo) : 'open'}`, dash(e.source), dash(e.verification)]),
      widths: [100, 120, 120, 82, 70],
    });
  }

  // Determinations
  section(PACKET_SECTIONS.determinations);
  if (!p.determinations.length) blocks.push({ type: 'paragraph', text: 'No determination on record for this date.' });
  for (const d of p.determinations) {
    blocks.push({ type: 'heading', level: 2, text: `${d.program}${d.benefitMonth ? ` — ${formatMonth(d.benefitMonth, 'en')}` : ''} (decision ${d.id})`, bookmark: true });
    blocks.push({
      type: 'table',
      header: ['Item', 'Detail'],
      rows: [
        ['Decided on', d.decidedOn],
        ['Eligible', d.eligible === undefined || d.eligible === null ? '—' : d.eligible ? 'Yes' : 'No'],
        ['Amount', d.amountCents === undefined || d.amountCents === null ? '—' : money(d.amountCents, 'en')],
        ['Rules version', d.rulesVersion],
        ['Status', dash(d.status)],
        ['Decided by', dash(d.decidedBy)],
        ['Approved by', dash(d.approvedBy)],
      ],
      widths: [140, 352],
    });
    if (d.reasons.length) {
      blocks.push({ type: 'heading', level: 3, text: 'Reasons' });
      blocks.push({ type: 'list', items: d.reasons });
    }
    if (d.explanation.length) {
      blocks.push({ type: 'heading', level: 3, text: 'Explanation' });
      blocks.push({ type: 'list', items: d.explanation });
    }
    if (d.trace.length) {
      blocks.push({ type: 'heading', level: 3, text: 'Trace values' });
      blocks.push({ type: 'table', header: ['Step', 'Value', 'Rule'], rows: d.trace.map((t) => [t.id, t.value, dash(t.rule)]), widths: [150, 110, 232] });
    }
  }

  // Notices
  section(PACKET_SECTIONS.notices);
  if (!p.notices.length) blocks.push({ type: 'paragraph', text: 'No notice on record.' });
  else {
    blocks.push({
      type: 'table',
      header: ['Date', 'Notice', 'Language', 'Effective', 'Stored file (SHA-256, first 16)'],
      rows: p.notices.map((n) => [date(n.noticeDate), n.title ?? n.kind.replace('_', ' '), n.language === 'en' ? 'English' : 'Spanish', date(n.effectiveDate), n.sha256 ? n.sha256.slice(0, 16) : '—']),
      widths: [82, 140, 58, 82, 130],
    });
  }
  for (const n of p.notices.filter((x) => x.input)) {
    // Reprinted from the notice's own input, without the mailing address (a packet never carries one).
    const input = { ...n.input!, recipient: { ...n.input!.recipient, address: null } };
    const doc = noticeDocument(resolveNotice(input));
    blocks.push({ type: 'pageBreak' });
    blocks.push({ type: 'heading', level: 2, text: `Notice of ${date(n.noticeDate)}: ${doc.title}`, bookmark: true });
    blocks.push({
      type: 'section',
      lang: doc.lang,
      blocks: doc.blocks.map((b): Block => (b.type === 'heading' ? { type: 'heading', level: b.level === 1 ? 2 : 3, text: b.text } : b)),
    });
  }

  // Changes
  section(PACKET_SECTIONS.changes);
  if (!p.changes.length) blocks.push({ type: 'paragraph', text: 'No change reported.' });
  else blocks.push({
    type: 'table',
    header: ['Reported', 'Effective', 'Change', 'Before', 'After', 'By'],
    rows: p.changes.map((c) => [date(c.reportedOn), date(c.effectiveDate), c.what, dash(c.before), dash(c.after), dash(c.by)]),
    widths: [74, 74, 120, 70, 70, 84],
  });

  // Audit and access log
  section(PACKET_SECTIONS.audit);
  blocks.push({ type: 'paragraph', text: `${p.auditEvents.length} change${p.auditEvents.length === 1 ? '' : 's'} recorded in the audit trail (hash-chained; verify with "hearth audit verify").` });
  if (p.auditEvents.length) blocks.push({
    type: 'table',
    header: ['When (UTC)', 'Who', 'What', 'Detail'],
    rows: p.auditEvents.map((e) => [e.at, e.actor, e.action, [e.summary, e.reason ? `reason: ${e.reason}` : null, e.entity].filter(Boolean).join(' — ') || '—']),
    widths: [110, 100, 100, 182],
  });
  section(PACKET_SECTIONS.access);
  blocks.push({ type: 'paragraph', text: `${p.accessLog.length} read${p.accessLog.length === 1 ? '' : 's'} of the record in the access log.` });
  if (p.accessLog.length) blocks.push({
    type: 'table',
    header: ['When (UTC)', 'Who', 'Action', 'What was read', 'Reason'],
    rows: p.accessLog.map((a) => [a.at, a.user, a.action, dash(a.entity), dash(a.reason)]),
    widths: [110, 100, 60, 120, 102],
  });

  return {
    title,
    lang: 'en-US',
    author: p.preparedBy,
    subject: purpose.text,
    date: p.preparedOn,
    blocks,
    footer: `${purpose.title} — case ${p.caseNumber} as of ${p.asOf}`,
  };
}
