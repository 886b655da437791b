/**
 * Trace recorder. Rules call `t?.step(...)` or `t?.at(...)`: with no recorder (explain not requested) the
 * optional call short-circuits and its arguments are never built, so the no-trace path allocates nothing.
 *
 * Two ways to record a step:
 * - `step(id, value, unit, rule, inputs, params)` — everything given at the call (simple programs);
 * - `at(site, value, ...refs)` — the compact form for hot paths. A `StepSite` is defined once per program
 *   (id, unit, rule, inputs and its labels); each parameter read is a `ParamRef`, interned per (parameter,
 *   dated entry, value); a site with its refs is a `StepShape`, interned too. A record is then a shape and
 *   a value. The trace objects and the sentences are built only when asked for; their fixed text (JSON
 *   keys, labels, rule, parameter phrases) is compiled once per shape (serialize.ts, explain.ts).
 * Both forms produce the same `TraceStep`s and the same explanation.
 */
import type { Dated } from './params.js';
import type { Labels } from './explain.js';
import { paramPhrase, WORDS, type Locale, type Text } from './text.js';

export type Unit = 'cents' | 'count' | 'boolean' | 'bp' | 'date' | 'text' | 'hours' | 'ratio' | 'months' | 'weeks';

/** A parameter value as read by a rule: the value used, when it took effect and where it comes from. */
export interface ParamRead {
  readonly id: string;
  readonly value: unknown;
  readonly unit: Unit;
  readonly from: string;
  readonly citation: string;
  readonly unverified?: string;
}

export interface TraceStep {
  /** Stable id of the computed value (e.g. "netIncome"). */
  readonly id: string;
  readonly value: unknown;
  readonly unit: Unit;
  /** The rule that computes it. */
  readonly rule: string;
  /** Ids of the facts and earlier steps it was computed from. */
  readonly inputs: readonly string[];
  readonly params: readonly ParamRead[];
}

/** JSON text of a string without the surrounding quotes (JSON.stringify's escaping). */
export function jsonInner(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

/** The fixed text of one sentence: `${head}<value>${tail}`, plain and JSON-escaped. */
export interface LineText {
  readonly head: string;
  readonly tail: string;
  readonly headJson: string;
  readonly tailJson: string;
}

/** A step site with a given list of parameter readings: everything but the value, compiled once. */
export class StepShape {
  /** `{"id":…,"value":` */
  readonly jsonHead: string;
  /** `,"unit":…,"rule":…,"inputs":[…],"params":[…]}` */
  readonly jsonTail: string;
  readonly text: Readonly<Record<Locale, LineText>>;
  /** The serializer's compiled bytes for this shape (serialize.ts), built on first use. */
  compiled: unknown;
  private readonly children = new Map<ParamRef, StepShape>();

  constructor(
    readonly root: StepSite,
    readonly refs: readonly ParamRef[],
    labels: Labels,
  ) {
    const { id, unit, rule, inputs } = root;
    this.jsonHead = `{"id":${JSON.stringify(id)},"value":`;
    this.jsonTail = `,"unit":${JSON.stringify(unit)},"rule":${JSON.stringify(rule)},"inputs":${JSON.stringify(inputs)},"params":${JSON.stringify(refs.map((r) => r.read))}}`;
    const t = (locale: Locale): LineText => {
      const head = `${labels[id]?.[locale] ?? id}: `;
      let tail = ` (${rule})`;
      if (refs.length > 0) tail += `; ${WORDS[locale].uses} ${refs.map((r) => paramPhrase(r.read, locale, r.site.label[locale])).join(', ')}`;
      return { head, tail, headJson: jsonInner(head), tailJson: jsonInner(tail) };
    };
    this.text = { en: t('en'), es: t('es') };
  }

  /** This shape with one more parameter reading. */
  with(ref: ParamRef): StepShape {
    let s = this.children.get(ref);
    if (!s) this.children.set(ref, (s = new StepShape(this.root, [...this.refs, ref], this.labels)));
    return s;
  }

  private get labels(): Labels {
    return this.root.labels;
  }
}

/** A computed value's definition (id, unit, rule, inputs), with its labels; the root shape has no refs. */
export class StepSite {
  readonly shape: StepShape;

  constructor(
    readonly id: string,
    readonly unit: Unit,
    readonly rule: string,
    readonly inputs: readonly string[],
    readonly labels: Labels,
  ) {
    this.shape = new StepShape(this, [], labels);
  }
}

/** A parameter as a rule reads it (id, unit, label); `ref` interns one reading of one dated entry. */
export class ParamSite {
  private readonly plain = new Map<Dated<unknown>, ParamRef>();
  private readonly overridden = new Map<Dated<unknown>, Map<unknown, ParamRef>>();
  readonly label: Text;

  constructor(
    readonly id: string,
    readonly unit: Unit,
    labels: Labels,
  ) {
    this.label = labels[id] ?? { en: id, es: id };
  }

  /** The reading of `entry` (with `value` instead of the entry's own value, e.g. one cell of a size table). */
  ref(entry: Dated<unknown>, value?: unknown): ParamRef {
    if (value === undefined) {
      let r = this.plain.get(entry);
      if (!r) this.plain.set(entry, (r = new ParamRef(this, entry, entry.value)));
      return r;
    }
    let byValue = this.overridden.get(entry);
    if (!byValue) this.overridden.set(entry, (byValue = new Map()));
    let r = byValue.get(value);
    if (!r) byValue.set(value, (r = new ParamRef(this, entry, value)));
    return r;
  }
}

/** One interned parameter reading; `read` is the public ParamRead (frozen, shared by every trace that has it). */
export class ParamRef {
  readonly read: ParamRead;

  constructor(
    readonly site: ParamSite,
    entry: Dated<unknown>,
    value: unknown,
  ) {
    const r: { -readonly [K in keyof ParamRead]: ParamRead[K] } = { id: site.id, value, unit: site.unit, from: entry.from, citation: entry.citation };
    if (entry.unverified) r.unverified = entry.unverified;
    this.read = Object.freeze(r);
  }
}

/** A constant parameter (fixed by statute, not in a parameter file): create once, at module level. */
export function constantRef(site: ParamSite, value: unknown, from: string, citation: string): ParamRef {
  return new ParamRef(site, { from, value, citation }, value);
}

export class Tracer {
  /** Per record: its shape, or null for a step given in full (then `values` holds the TraceStep). */
  readonly shapes: (StepShape | null)[] = [];
  readonly values: unknown[] = [];

  step(id: string, value: unknown, unit: Unit, rule: string, inputs: readonly string[] = [], params: readonly ParamRead[] = []): void {
    this.shapes.push(null);
    this.values.push({ id, value, unit, rule, inputs, params } satisfies TraceStep);
  }

  /** Compact record: a site, the computed value and up to five interned parameter readings. */
  at(site: StepSite, value: unknown, r1?: ParamRef, r2?: ParamRef, r3?: ParamRef, r4?: ParamRef, r5?: ParamRef): void {
    let s = site.shape;
    if (r1) {
      s = s.with(r1);
      if (r2) {
        s = s.with(r2);
        if (r3) {
          s = s.with(r3);
          if (r4) {
            s = s.with(r4);
            if (r5) s = s.with(r5);
          }
        }
      }
    }
    this.shapes.push(s);
    this.values.push(value);
  }

  /** Compact record of a shape built beforehand (e.g. once per parameter set, see snap/rules.ts). */
  rec(shape: StepShape, value: unknown): void {
    this.shapes.push(shape);
    this.values.push(value);
  }

  /** Compact record with any number of readings. */
  atAll(site: StepSite, value: unknown, refs: readonly ParamRef[]): void {
    let s = site.shape;
    for (const r of refs) s = s.with(r);
    this.shapes.push(s);
    this.values.push(value);
  }

  /** The trace as plain objects (the public TraceStep shape). */
  get steps(): TraceStep[] {
    const out: TraceStep[] = new Array(this.shapes.length);
    for (let i = 0; i < out.length; i++) {
      const s = this.shapes[i];
      const v = this.values[i];
      out[i] = s ? { id: s.root.id, value: v, unit: s.root.unit, rule: s.root.rule, inputs: s.root.inputs, params: s.refs.map((r) => r.read) } : (v as TraceStep);
    }
    return out;
  }
}

/** The shape of a site with these readings (interned). */
export function shapeOf(site: StepSite, ...refs: ParamRef[]): StepShape {
  let s = site.shape;
  for (const r of refs) s = s.with(r);
  return s;
}

/** Records the read of a dated parameter; `value` overrides the entry's value (e.g. one cell of a size table). */
export function read(id: string, entry: Dated<unknown>, unit: Unit, value: unknown = entry.value): ParamRead {
  const r: { -readonly [K in keyof ParamRead]: ParamRead[K] } = { id, value, unit, from: entry.from, citation: entry.citation };
  if (entry.unverified) r.unverified = entry.unverified;
  return r;
}
