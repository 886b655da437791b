/**
 * JSON of a result, byte for byte what `JSON.stringify(id === undefined ? result : { id, ...result })`
 * gives (UTF-8 encoded), written straight into a ByteSink from fragments compiled once:
 * - the trace and the bilingual explanation of an explained result come from the compact trace: per step
 *   only the value is written, the rest (JSON keys, label, rule, parameter phrases) is compiled once per
 *   step shape (trace.ts);
 * - each constant reason's JSON, each key, and a program's `values` layout (registerValuesShape) are
 *   compiled once;
 * - integers and dollar amounts are written as digits, with no intermediate string.
 * Tests check byte equality with JSON.stringify on random households, with and without explanations.
 */
import type { RulesResult } from './program.js';
import { EXPLAINED } from './evaluate.js';
import { stepLine, type Labels } from './explain.js';
import { ByteSink, utf8 } from './bytes.js';
import type { StepShape, TraceStep, Tracer, Unit } from './trace.js';
import { formatCents, formatValue, WORDS, type Locale, type Reason } from './text.js';

const C_COMMA = 44;
const B_TRUE = utf8('true');
const B_FALSE = utf8('false');
const B_NULL = utf8('null');

interface ReasonBytes {
  readonly json: Uint8Array;
  /** `"Result: …"` as a JSON string, per locale. */
  readonly en: Uint8Array;
  readonly es: Uint8Array;
}

/** Compiled JSON of frozen (constant) reasons; others are compiled on each use. */
const REASON_BYTES = new WeakMap<Reason, ReasonBytes>();

function reasonBytes(r: Reason): ReasonBytes {
  let j = REASON_BYTES.get(r);
  if (!j) {
    j = {
      json: utf8(JSON.stringify(r)),
      en: utf8(JSON.stringify(`${WORDS.en.result}: ${r.text.en}`)),
      es: utf8(JSON.stringify(`${WORDS.es.result}: ${r.text.es}`)),
    };
    if (Object.isFrozen(r) && Object.isFrozen(r.text)) REASON_BYTES.set(r, j);
  }
  return j;
}

/** JSON of short strings seen in results (test outcomes, categories, codes), compiled once. */
const STRING_JSON = new Map<string, Uint8Array>();

/** Writes v as JSON.stringify would; returns false (writing nothing) where JSON.stringify omits a property. */
function writeValue(out: ByteSink, v: unknown): boolean {
  switch (typeof v) {
    case 'string': {
      if (v.length > 40) {
        out.text(JSON.stringify(v));
        return true;
      }
      let b = STRING_JSON.get(v);
      if (!b) {
        b = utf8(JSON.stringify(v));
        if (STRING_JSON.size < 4096) STRING_JSON.set(v, b);
      }
      out.bytes(b);
      return true;
    }
    case 'number':
      out.number(v);
      return true;
    case 'boolean':
      out.bytes(v ? B_TRUE : B_FALSE);
      return true;
    case 'undefined':
    case 'function':
    case 'symbol':
      return false;
    default: {
      if (v === null) {
        out.bytes(B_NULL);
        return true;
      }
      const j = JSON.stringify(v);
      if (j === undefined) return false;
      out.text(j);
      return true;
    }
  }
}

/**
 * A compiled writer for objects with a known key list (a program's `values`): each field written with
 * JSON.stringify's rules. Returns false, writing nothing, when the object's own keys are not exactly the
 * list in that order (a caller may have changed it) — the caller then falls back to JSON.stringify.
 */
export interface ObjectSpec {
  readonly keys: readonly string[];
  readonly nested?: Readonly<Record<string, ObjectSpec>>;
}

interface ObjectWriter {
  (out: ByteSink, o: object): boolean;
  check(o: object): boolean;
  writeChecked(out: ByteSink, o: object): void;
}

function hasExactKeys(o: object, keys: readonly string[], nested: readonly (ObjectWriter | undefined)[]): boolean {
  if (Array.isArray(o) || typeof (o as { toJSON?: unknown }).toJSON === 'function') return false;
  const own = Object.keys(o);
  if (own.length !== keys.length) return false;
  for (let i = 0; i < keys.length; i++) {
    if (own[i] !== keys[i]) return false;
    const v = (o as Record<string, unknown>)[keys[i]!];
    if (nested[i] && v !== null && typeof v === 'object' && !nested[i]!.check(v)) return false;
  }
  return true;
}

export function compileObjectWriter(spec: ObjectSpec): ObjectWriter {
  const keys = spec.keys;
  const first = keys.map((k) => utf8(`{${JSON.stringify(k)}:`));
  const later = keys.map((k) => utf8(`,${JSON.stringify(k)}:`));
  const nested = keys.map((k) => (spec.nested?.[k] ? compileObjectWriter(spec.nested[k]!) : undefined));
  const check = (o: object) => hasExactKeys(o, keys, nested);
  const write = (out: ByteSink, o: object): boolean => {
    if (!check(o)) return false;
    writeChecked(out, o);
    return true;
  };
  const writeChecked = (out: ByteSink, o: object): void => {
    let any = false;
    for (let i = 0; i < keys.length; i++) {
      const v = (o as Record<string, unknown>)[keys[i]!];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      out.bytes(any ? later[i]! : first[i]!);
      any = true;
      const n = nested[i];
      if (n && v !== null && typeof v === 'object') n.writeChecked(out, v);
      else writeValue(out, v);
    }
    if (any) out.byte(125); // }
    else out.text('{}');
  };
  return Object.assign(write, { check, writeChecked });
}

const VALUES_WRITERS = new Map<string, ObjectWriter>();

/** A program registers the key list of its `values` once; results then serialize without a generic walk. */
export function registerValuesShape(program: string, spec: ObjectSpec): void {
  VALUES_WRITERS.set(program, compileObjectWriter(spec));
}

// ---- trace and explanation ----

interface ShapeBytes {
  /** `{"id":…,"value":` and `{"id":…` (for an undefined value) */
  readonly head: Uint8Array;
  readonly headNoValue: Uint8Array;
  /** Per section (trace, English, Spanish): what precedes the value, and what follows it (alone, or with a comma). */
  readonly heads: readonly [Uint8Array, Uint8Array, Uint8Array];
  readonly tails: readonly [Uint8Array, Uint8Array, Uint8Array];
  readonly tailsComma: readonly [Uint8Array, Uint8Array, Uint8Array];
}

function shapeBytes(s: StepShape): ShapeBytes {
  let b = s.compiled as ShapeBytes | undefined;
  if (!b) {
    const tails = [s.jsonTail, `${s.text.en.tailJson}"`, `${s.text.es.tailJson}"`] as const;
    b = {
      head: utf8(s.jsonHead),
      headNoValue: utf8(`{"id":${JSON.stringify(s.root.id)}`),
      heads: [utf8(s.jsonHead), utf8(`"${s.text.en.headJson}`), utf8(`"${s.text.es.headJson}`)],
      tails: [utf8(tails[0]), utf8(tails[1]), utf8(tails[2])],
      tailsComma: [utf8(`${tails[0]},`), utf8(`${tails[1]},`), utf8(`${tails[2]},`)],
    };
    s.compiled = b;
  }
  return b;
}

/** Section 0 = trace, 1 = English, 2 = Spanish. */
type Section = 0 | 1 | 2;
const SECTION_OF: Readonly<Record<Locale, Section>> = { en: 1, es: 2 };

/**
 * The steps of one section. A step's tail is written with the following comma in one copy; steps given
 * in full (no shape) and undefined values in the trace are written piece by piece.
 */
function writeSteps(out: ByteSink, tracer: Tracer, section: Section, labels: Labels): void {
  const { shapes, values } = tracer;
  const locale: Locale = section === 2 ? 'es' : 'en';
  let open: ShapeBytes | null = null; // the previous shaped step, whose tail is not written yet
  for (let i = 0; i < shapes.length; i++) {
    const sh = shapes[i];
    const v = values[i];
    if (open) out.bytes(open.tailsComma[section]);
    else if (i > 0) out.byte(C_COMMA);
    open = null;
    if (!sh) {
      out.text(JSON.stringify(section === 0 ? v : stepLine(v as TraceStep, locale, labels)));
      continue;
    }
    const b = shapeBytes(sh);
    if (section === 0 && (v === undefined || typeof v === 'function' || typeof v === 'symbol')) {
      out.bytes(b.headNoValue);
      out.bytes(b.tails[0]);
      continue;
    }
    out.bytes(b.heads[section]);
    if (section === 0) writeValue(out, v);
    else writeFormatted(out, v, sh.root.unit, locale);
    open = b;
  }
  if (open) out.bytes(open.tails[section]);
}

function writeTrace(out: ByteSink, tracer: Tracer): void {
  out.byte(91); // [
  writeSteps(out, tracer, 0, {});
  out.byte(93); // ]
}

/** formatCents(v), written as digits. */
function writeCents(out: ByteSink, v: number): void {
  if (!Number.isSafeInteger(v)) {
    out.text(formatCents(v));
    return;
  }
  if (v < 0) {
    out.byte(45);
    v = -v;
  }
  out.byte(36); // $
  const dollars = Math.floor(v / 100);
  const c = v - dollars * 100;
  if (dollars < 1000) out.int(dollars);
  else {
    // groups of three digits separated by commas
    const groups: number[] = [];
    let d = dollars;
    while (d >= 1000) {
      const q = Math.floor(d / 1000);
      groups.push(d - q * 1000);
      d = q;
    }
    out.int(d);
    for (let i = groups.length - 1; i >= 0; i--) {
      const g = groups[i]!;
      out.byte(C_COMMA);
      out.byte(48 + Math.floor(g / 100));
      out.byte(48 + (Math.floor(g / 10) % 10));
      out.byte(48 + (g % 10));
    }
  }
  out.byte(46); // .
  out.byte(48 + Math.floor(c / 10));
  out.byte(48 + (c % 10));
}

/** The value part of a sentence, JSON-escaped: numbers and booleans format to text that needs no escaping. */
function writeFormatted(out: ByteSink, v: unknown, unit: Unit, locale: Locale): void {
  if (unit === 'cents' && typeof v === 'number') writeCents(out, v);
  else {
    const f = formatValue(v, unit, locale);
    out.text(typeof v === 'number' || typeof v === 'boolean' ? f : JSON.stringify(f).slice(1, -1));
  }
}

function writeExplanation(out: ByteSink, tracer: Tracer, labels: Labels, reasons: readonly Reason[]): void {
  const n = tracer.shapes.length;
  for (const locale of ['en', 'es'] as const) {
    out.text(locale === 'en' ? '{"en":[' : '],"es":[');
    writeSteps(out, tracer, SECTION_OF[locale], labels);
    for (let i = 0; i < reasons.length; i++) {
      if (n + i > 0) out.byte(C_COMMA);
      out.bytes(reasonBytes(reasons[i]!)[locale]);
    }
  }
  out.text(']}');
}

// ---- results ----

const KEY_BYTES = new Map<string, readonly [Uint8Array, Uint8Array]>();
function keyBytes(k: string): readonly [Uint8Array, Uint8Array] {
  let b = KEY_BYTES.get(k);
  if (!b) {
    b = [utf8(`${JSON.stringify(k)}:`), utf8(`,${JSON.stringify(k)}:`)];
    if (KEY_BYTES.size < 256) KEY_BYTES.set(k, b);
  }
  return b;
}

/** Writes `JSON.stringify({ id, ...result })` (or of the result alone when id is undefined) as UTF-8. */
export function writeResult(out: ByteSink, result: RulesResult, id?: string | number): void {
  const explained = EXPLAINED.get(result);
  out.byte(123); // {
  let first = true;
  if (id !== undefined && typeof id !== 'function' && typeof id !== 'symbol') {
    out.text('"id":');
    writeValue(out, id);
    first = false;
  }
  const r = result as unknown as Record<string, unknown>;
  for (const k of Object.keys(r)) {
    if (explained && k === 'trace') {
      out.bytes(keyBytes(k)[first ? 0 : 1]);
      writeTrace(out, explained.tracer);
    } else if (explained && k === 'explanation') {
      out.bytes(keyBytes(k)[first ? 0 : 1]);
      writeExplanation(out, explained.tracer, explained.labels, result.reasons);
    } else {
      const v = r[k];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      out.bytes(keyBytes(k)[first ? 0 : 1]);
      if (k === 'reasons' && Array.isArray(v)) {
        out.byte(91);
        for (let i = 0; i < v.length; i++) {
          if (i > 0) out.byte(C_COMMA);
          const reason: unknown = v[i];
          if (reason !== null && typeof reason === 'object') out.bytes(reasonBytes(reason as Reason).json);
          else if (!writeValue(out, reason)) out.bytes(B_NULL);
        }
        out.byte(93);
      } else if (k === 'values' && v !== null && typeof v === 'object') {
        const w = VALUES_WRITERS.get(result.program);
        if (!w || !w(out, v)) writeValue(out, v);
      } else writeValue(out, v);
    }
    first = false;
  }
  out.byte(125); // }
}

const scratch = new ByteSink(1 << 16);

/** `JSON.stringify({ id, ...result })` (or of the result alone when id is undefined), written fast. */
export function serializeResult(result: RulesResult, id?: string | number): string {
  scratch.pos = 0;
  writeResult(scratch, result, id);
  return scratch.take();
}
