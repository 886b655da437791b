/**
 * Colorado's penalty divisor for transfers of assets: the average monthly private-pay cost of nursing-facility care
 * (42 USC 1396p(c)(1)(E)(i)(II)). NOT in /work/shared/policy-data: the figures below are restated from
 * eligibility-workflow.md §2 ("Colorado divisor: not found on HCPF; secondary sources give $9,479.95 (2024)
 * (njelc.com/colorado) and $7,854 (2017)"). HCPF derives it from its nursing-facility Private Pay Survey.
 * Both values are UNVERIFIED against HCPF's own publication; the `from` dates are the years the sources name, not
 * legal effective dates. Callers may pass the divisor with the request instead (the result says which was used).
 */
export interface DatedDivisor {
  from: string;
  valueCents: number;
  citation: string;
  unverified: string;
}

export const CO_LTC_DIVISOR: readonly DatedDivisor[] = [
  { from: '2017-01-01', valueCents: 785_400, citation: 'Colorado average monthly private-pay nursing-facility cost, 2017 (secondary source, eligibility-workflow.md §2)', unverified: 'secondary source; HCPF publication not found' },
  { from: '2024-01-01', valueCents: 947_995, citation: 'Colorado average monthly private-pay nursing-facility cost, 2024 (njelc.com/colorado, eligibility-workflow.md §2)', unverified: 'secondary source; HCPF publication not found' },
];
