/**
 * SNAP throughput benchmark (prints figures, asserts nothing).
 *
 *   npx tsx packages/rules/bench/bench-rules.ts [--n 1000000]
 *
 * Generates N deterministic synthetic households (mixed states, sizes and dates) as JSON lines, then times,
 * on the same lines and in the same run, each loop writing its output as UTF-8 JSON into the same byte sink
 * (what `hearth rules eval` sends to stdout; the sink is emptied, not written to a file):
 *   baseline      parse each line and serialize it again (JSON.parse → JSON.stringify → UTF-8);
 *   no trace      parse → validate → evaluate → write the result (writeResult);
 *   full trace    the same with explain: true (trace + English and Spanish explanation).
 * Ratios are households/s relative to the baseline. Households/s are wall-clock; the CPU figures
 * (process user+system time, which includes V8's GC helper threads) show how much a busy machine slowed
 * the wall clock. Before timing, the first lines are checked to serialize byte-identically to JSON.stringify.
 */
import os from 'node:os';
import { evaluateProgram, serializeResult } from '../src/index.js';
import { ByteSink } from '../src/engine/bytes.js';
import { writeResult } from '../src/engine/serialize.js';
import { syntheticHouseholds } from './households.js';

function argN(): number {
  const i = process.argv.indexOf('--n');
  const n = i > 0 ? Number(process.argv[i + 1]) : 1_000_000;
  if (!Number.isInteger(n) || n <= 0) throw new Error('--n must be a positive integer');
  return n;
}

let bytesOut = 0;
const sink = new ByteSink(1 << 20, (chunk) => {
  bytesOut += chunk.length;
});

function time(label: string, lines: string[], fn: (line: string) => void): number {
  bytesOut = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const line of lines) fn(line);
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  bytesOut += sink.takeBytes().length;
  const rate = lines.length / secs;
  console.log(
    `${label.padEnd(12)} ${rate.toFixed(0).padStart(10)} households/s  (${secs.toFixed(2)} s wall, ${cpuSecs.toFixed(2)} s CPU = ${(lines.length / cpuSecs).toFixed(0)}/CPU-s, ${(bytesOut / 1e6).toFixed(0)} MB out)`,
  );
  return rate;
}

function main(): void {
  const n = argN();
  console.log(`SNAP benchmark: ${n} synthetic households, node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const lines = syntheticHouseholds(n);
  const warm = lines.slice(0, Math.min(20_000, n));
  for (const [i, l] of warm.entries()) {
    for (const explain of [false, true]) {
      const fast = serializeResult(evaluateProgram('snap', JSON.parse(l), { explain }));
      if (i < 2_000 && fast !== JSON.stringify(evaluateProgram('snap', JSON.parse(l), { explain }))) throw new Error(`line ${i}: serializer differs from JSON.stringify`);
    }
  }

  const baseline = time('baseline', lines, (l) => sink.text(JSON.stringify(JSON.parse(l))));
  const plain = time('no trace', lines, (l) => writeResult(sink, evaluateProgram('snap', JSON.parse(l))));
  const traced = time('full trace', lines, (l) => writeResult(sink, evaluateProgram('snap', JSON.parse(l), { explain: true })));
  console.log(`ratio no trace / baseline:   ${(plain / baseline).toFixed(3)}  (target ≥ 0.5)`);
  console.log(`ratio full trace / baseline: ${(traced / baseline).toFixed(3)}  (target ≥ 25,000 households/s: ${traced >= 25_000 ? 'met' : 'NOT met'})`);
  console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

main();
