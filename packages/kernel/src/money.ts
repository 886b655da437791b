/**
 * Money is always an integer number of cents. Floats never carry money in Hearth.
 * Rounding helpers name the direction the regulation writes.
 */
export type Cents = number & { readonly __cents?: never };

export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value)) throw new RangeError(`cents must be a safe integer, got ${value}`);
  return value as Cents;
}

/** Parses "1234.56" or 1234.56 dollars into cents exactly (no float drift). */
export function dollarsToCents(dollars: number | string): Cents {
  const text = typeof dollars === 'number' ? dollars.toFixed(2) : dollars.trim();
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) throw new RangeError(`not a dollar amount: ${dollars}`);
  const whole = Number(m[2]);
  const frac = Number((m[3] ?? '').padEnd(2, '0'));
  return cents((m[1] ? -1 : 1) * (whole * 100 + frac));
}

/** Cents as a decimal dollar string, e.g. 123456 → "1234.56". */
export function centsToDollarString(value: Cents): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Formats cents for people: 123456 → "$1,234.56". */
export function formatUsd(value: Cents, locale: 'en' | 'es' = 'en'): string {
  return new Intl.NumberFormat(locale === 'es' ? 'es-US' : 'en-US', { style: 'currency', currency: 'USD' }).format(value / 100);
}

export type Rounding = 'down' | 'up' | 'half-up' | 'half-even';

/**
 * Divides integer numerator by positive integer denominator with the named rounding, exactly.
 * Use for every percentage or proration on cents: mulDiv(amount, 30, 100, 'up').
 */
export function divRound(numerator: number, denominator: number, mode: Rounding): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`divRound needs safe integers and a positive denominator (${numerator}/${denominator})`);
  }
  const q = Math.floor(numerator / denominator);
  const r = numerator - q * denominator; // 0 <= r < denominator
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return r === 0 ? q : q + 1;
    case 'half-up':
      return 2 * r >= denominator ? q + 1 : q;
    case 'half-even':
      if (2 * r > denominator) return q + 1;
      if (2 * r < denominator) return q;
      return q % 2 === 0 ? q : q + 1;
  }
}

/** amount × numerator ÷ denominator, rounded as named. Exact for cents well below 2^53 / numerator. */
export function mulDiv(amount: number, numerator: number, denominator: number, mode: Rounding): number {
  const product = amount * numerator;
  if (!Number.isSafeInteger(product)) {
    const big = (BigInt(amount) * BigInt(numerator));
    const d = BigInt(denominator);
    let q = big / d;
    let r = big % d;
    if (r < 0n) { q -= 1n; r += d; }
    const res = mode === 'down' ? q : mode === 'up' ? (r === 0n ? q : q + 1n) : (2n * r > d || (2n * r === d && (mode === 'half-up' || q % 2n !== 0n))) ? q + 1n : q;
    return Number(res);
  }
  return divRound(product, denominator, mode);
}

/** Rounds cents to whole dollars (in cents) as named: SNAP rounds many figures to whole dollars. */
export function roundToDollar(value: Cents, mode: Rounding): Cents {
  return cents(divRound(value, 100, mode) * 100);
}
