/**
 * Fast validation of SNAP input for the common, valid shape (caseload runs validate every line).
 *
 * `snapInputSchema` (zod) stays the single source of truth: this hand-written check accepts only input
 * that zod accepts, and returns the same parsed value (known keys kept, unknown keys dropped). Anything
 * it is not sure about — a wrong type, a value out of range, an inherited property, an `undefined`
 * value, a year before 0100 — makes it return `undefined`, and the caller falls back to zod, which
 * decides and produces the exact error details. A fast-check property test (fast-input.test.ts) checks
 * that both agree on acceptance and on the parsed value.
 */
import { parseFacts } from '../../engine/evaluate.js';
import { SNAP_STATES, snapInputSchema, type SnapInput } from './schema.js';

const STATES: ReadonlySet<string> = new Set(SNAP_STATES);
const MAX_DOLLARS = 100_000_000; // engine/input.ts `dollars`

type Obj = Record<string, unknown>;

function isPlainObject(x: unknown): x is Obj {
  if (typeof x !== 'object' || x === null) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

function isDollars(v: unknown): v is number {
  return typeof v === 'number' && v >= 0 && v <= MAX_DOLLARS; // NaN fails both comparisons
}

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * Same answer as kernel isDateOnly for years 0100–9999 ("YYYY-MM-DD", a real calendar day). Years below
 * 0100 return false here (isDateOnly maps them through Date.UTC's 1900+ rule): zod then decides.
 */
export function isDateOnlyFast(v: unknown): v is string {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  const y0 = digit(v, 0), y1 = digit(v, 1), y2 = digit(v, 2), y3 = digit(v, 3);
  const m0 = digit(v, 5), m1 = digit(v, 6), d0 = digit(v, 8), d1 = digit(v, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return false;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS[month]!);
}

function member(x: unknown): Obj | undefined {
  if (!isPlainObject(x)) return undefined;
  const out: Obj = {};
  let hasAge = false;
  for (const k in x) {
    if (!Object.prototype.hasOwnProperty.call(x, k)) return undefined;
    const v = x[k];
    switch (k) {
      case 'age':
        if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || v > 130) return undefined;
        hasAge = true;
        break;
      case 'disabled':
      case 'receivesSsi':
      case 'receivesTanfCash':
        if (typeof v !== 'boolean') return undefined;
        break;
      case 'earnedIncome':
      case 'unearnedIncome':
      case 'medicalExpenses':
        if (!isDollars(v)) return undefined;
        break;
      default:
        continue; // unknown keys are dropped, as zod does
    }
    out[k] = v;
  }
  return hasAge ? out : undefined;
}

function utilities(x: unknown): Obj | undefined {
  if (!isPlainObject(x)) return undefined;
  const out: Obj = {};
  for (const k in x) {
    if (!Object.prototype.hasOwnProperty.call(x, k)) return undefined;
    switch (k) {
      case 'heatingCooling':
      case 'electricity':
      case 'gas':
      case 'water':
      case 'sewage':
      case 'trash':
      case 'phone':
        if (typeof x[k] !== 'boolean') return undefined;
        out[k] = x[k];
        break;
      default:
        continue;
    }
  }
  return out;
}

/** The parsed SNAP input when the fast checks prove it valid; otherwise undefined (ask zod). */
export function fastParseSnapInput(raw: unknown): SnapInput | undefined {
  if (!isPlainObject(raw)) return undefined;
  const out: Obj = {};
  let hasState = false;
  let hasMembers = false;
  for (const k in raw) {
    if (!Object.prototype.hasOwnProperty.call(raw, k)) return undefined;
    const v = raw[k];
    switch (k) {
      case 'id':
        if (typeof v !== 'string' && !(typeof v === 'number' && Number.isFinite(v))) return undefined;
        break;
      case 'asOf':
      case 'applicationDate':
        if (!isDateOnlyFast(v)) return undefined;
        break;
      case 'state':
        if (typeof v !== 'string' || !STATES.has(v)) return undefined;
        hasState = true;
        break;
      case 'utilityRegion':
        if (typeof v !== 'string') return undefined;
        break;
      case 'alaskaAllotmentRegion':
        if (v !== 'urban' && v !== 'rural_1' && v !== 'rural_2') return undefined;
        break;
      case 'members': {
        if (!Array.isArray(v) || v.length < 1 || v.length > 40) return undefined;
        const ms: Obj[] = new Array(v.length);
        for (let i = 0; i < v.length; i++) {
          const m = member(v[i]);
          if (!m) return undefined;
          ms[i] = m;
        }
        out.members = ms;
        hasMembers = true;
        continue;
      }
      case 'assets':
      case 'liquidResources':
      case 'shelterCosts':
      case 'dependentCareCosts':
      case 'childSupportPaid':
        if (!isDollars(v)) return undefined;
        break;
      case 'utilities': {
        const u = utilities(v);
        if (!u) return undefined;
        out.utilities = u;
        continue;
      }
      case 'homeless':
      case 'destituteMigrantOrSeasonalFarmworker':
        if (typeof v !== 'boolean') return undefined;
        break;
      case 'prorationMethod':
        if (v !== 'actual-days' && v !== '30-day') return undefined;
        break;
      default:
        continue;
    }
    out[k] = v;
  }
  return hasState && hasMembers ? (out as SnapInput) : undefined;
}

/** Fast path for valid input; zod for everything else (and for the error details). */
export function parseSnapInput(raw: unknown): SnapInput {
  return fastParseSnapInput(raw) ?? parseFacts(snapInputSchema, raw, 'snap');
}
