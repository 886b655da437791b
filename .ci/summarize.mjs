// Adds up Vitest and Playwright JSON reports into the closing line "N passed, N failed".
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const [dir, typecheck] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];

for (const name of ['vitest-pglite.json', 'vitest-postgres.json']) {
  const file = path.join(dir, name);
  if (!existsSync(file)) {
    failed += 1;
    lines.push(`${name}: missing (the run crashed)`);
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  // A file that failed to load has no failed test but counts as a failed suite.
  failed += r.numFailedTests > 0 ? r.numFailedTests : (r.numFailedTestSuites ?? 0);
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (r.numTotalTests === 0) { failed += 1; lines.push(`${name}: ran no test`); }
  lines.push(`${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numFailedTestSuites} failed files`);
}

const pw = path.join(dir, 'playwright.json');
if (existsSync(pw)) {
  const r = JSON.parse(readFileSync(pw, 'utf8'));
  const s = r.stats ?? {};
  passed += s.expected ?? 0;
  failed += (s.unexpected ?? 0) + (s.flaky ?? 0);
  skipped += s.skipped ?? 0;
  lines.push(`playwright: ${s.expected ?? 0} passed, ${s.unexpected ?? 0} failed`);
  if ((r.errors ?? []).length) { failed += 1; lines.push('playwright: run errors'); }
}

if (typecheck !== '0') { failed += 1; lines.push('typecheck: failed'); }
for (const l of lines) console.log(l);
if (skipped) console.log(`${skipped} skipped (not applicable on that backend, e.g. COPY on PGlite, or a known gap marked fixme with its reason)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
