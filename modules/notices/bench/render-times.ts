/**
 * Prints how long rendering takes on this machine: a notice (median of N after a warm-up) and hearing packets
 * of growing size. Run: npx tsx modules/notices/bench/render-times.ts. Prints figures; asserts nothing.
 */
import os from 'node:os';
import { renderNotice } from '../use-cases/render-notice.js';
import { buildHearingPacket } from '../use-cases/build-hearing-packet.js';
import { snapApproval } from '../test-support.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time<T>(f: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await f();
  return [performance.now() - t0, r];
}

console.log(`node ${process.version}, ${os.cpus().length} cpus, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
await renderNotice(snapApproval()); // warm-up: fonts, fontkit
for (const [label, input] of [
  ['approval en', snapApproval()],
  ['reduction es', snapApproval({ kind: 'change', language: 'es', amounts: [{ month: '2026-12', amountCents: 20_000, previousAmountCents: 29_800 }] })],
] as const) {
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < 15; i++) {
    const [ms, bytes] = await time(() => renderNotice(input));
    times.push(ms);
    size = bytes.length;
  }
  console.log(`notice ${label}: median ${median(times).toFixed(0)} ms over ${times.length} runs, ${size} bytes`);
}
for (const n of [50, 500, 2000]) {
  const [ms, bytes] = await time(() => buildHearingPacket({
    purpose: 'state_hearing', caseNumber: 'C1', program: 'SNAP', asOf: '2026-12-01', preparedOn: '2027-01-10', preparedBy: 'Bench',
    auditEvents: Array.from({ length: n }, (_, i) => ({ at: '2026-11-01T15:00:00Z', actor: 'Case Manager One', action: 'evidence.recorded', summary: `event ${i}` })),
    accessLog: Array.from({ length: n }, (_, i) => ({ at: '2026-11-02T15:00:00Z', user: 'Auditor', action: 'read', entity: `case ${i}` })),
  }));
  console.log(`packet with ${n} audit + ${n} access rows: ${ms.toFixed(0)} ms (two passes), ${bytes.length} bytes`);
}
