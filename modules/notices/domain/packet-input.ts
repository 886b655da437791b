/**
 * What a hearing or inquiry packet is made of: plain data the eligibility module assembles for one case and
 * one date (evidence as it stood, determinations with their explanation and trace, notices, changes, and who
 * changed or read the record). No addresses are taken: a packet never needs one, so none can leak.
 */
import { z } from 'zod';
import { dateOnlySchema, monthSchema, noticeInputSchema, NOTICE_KINDS, NOTICE_LANGUAGES } from './notice-input.js';

export const PACKET_PURPOSES = ['state_hearing', 'federal_qc_review', 'fraud_inquiry'] as const;
export type PacketPurpose = (typeof PACKET_PURPOSES)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().max(max).nullable().optional();
const cents = z.number().int().min(-1_000_000_00).max(1_000_000_00);

export const packetInputSchema = z.strictObject({
  purpose: z.enum(PACKET_PURPOSES),
  caseNumber: text(40),
  program: text(60),
  /** The date the hearing, review or inquiry asks about. */
  asOf: dateOnlySchema,
  preparedOn: dateOnlySchema,
  preparedBy: text(200),
  /** e.g. the hearing docket number or the QC sample number. */
  reference: optText(200),
  household: z.array(z.strictObject({ name: text(200), role: optText(100), dateOfBirth: dateOnlySchema.nullable().optional() })).max(50).default([]),
  evidence: z.array(z.strictObject({
    item: text(200),
    value: text(500),
    effectiveFrom: dateOnlySchema.nullable().optional(),
    effectiveTo: dateOnlySchema.nullable().optional(),
    source: optText(200),
    verification: optText(100),
    recordedOn: optText(40),
  })).max(2000).default([]),
  determinations: z.array(z.strictObject({
    id: text(100),
    program: text(60),
    benefitMonth: monthSchema.nullable().optional(),
    decidedOn: text(40),
    eligible: z.boolean().nullable().optional(),
    amountCents: cents.nullable().optional(),
    rulesVersion: text(100),
    status: optText(60),
    decidedBy: optText(200),
    approvedBy: optText(200),
    reasons: z.array(text(2000)).max(50).default([]),
    explanation: z.array(text(2000)).max(500).default([]),
    /** Trace values: each computed step with its value and the rule that computed it. */
    trace: z.array(z.strictObject({ id: text(200), value: z.string().max(500), rule: optText(500) })).max(1000).default([]),
  })).max(200).default([]),
  notices: z.array(z.strictObject({
    noticeDate: dateOnlySchema,
    kind: z.enum(NOTICE_KINDS),
    language: z.enum(NOTICE_LANGUAGES),
    effectiveDate: dateOnlySchema.nullable().optional(),
    title: optText(300),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable().optional(),
    /** When given, the notice's content is reprinted in the appendix. */
    input: noticeInputSchema.optional(),
  })).max(200).default([]),
  changes: z.array(z.strictObject({
    reportedOn: dateOnlySchema,
    effectiveDate: dateOnlySchema.nullable().optional(),
    what: text(500),
    before: optText(500),
    after: optText(500),
    by: optText(200),
  })).max(1000).default([]),
  auditEvents: z.array(z.strictObject({ at: text(40), actor: text(200), action: text(200), entity: optText(200), summary: optText(500), reason: optText(500) })).max(10_000).default([]),
  accessLog: z.array(z.strictObject({ at: text(40), user: text(200), action: text(100), entity: optText(200), reason: optText(500) })).max(10_000).default([]),
});
export type PacketInput = z.input<typeof packetInputSchema>;
export type ParsedPacketInput = z.output<typeof packetInputSchema>;
