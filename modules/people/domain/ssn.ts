/** Social Security numbers: accepted as 123-45-6789 or 123456789, stored encrypted, shown as last four. */
const SSN = /^(\d{3})-?(\d{2})-?(\d{4})$/;

export function parseSsn(value: string): { digits: string; last4: string } | null {
  const m = SSN.exec(value.trim());
  if (!m) return null;
  const [, area, group, serial] = m as unknown as [string, string, string, string];
  if (area === '000' || area === '666' || group === '00' || serial === '0000') return null;
  return { digits: `${area}${group}${serial}`, last4: serial };
}

export function maskSsn(last4: string | null): string | null {
  return last4 ? `***-**-${last4}` : null;
}
