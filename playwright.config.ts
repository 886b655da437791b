import { readdirSync, rmSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);
const dataDir = process.env.E2E_DATA_DIR ?? `.tmp/e2e-data-${Date.now()}`;

// Each run seeds a fresh demo agency (~65 MB of PGlite files). Remove the folders of runs that ended long ago;
// a run never lasts six hours, so a folder in use (by this or a parallel run) is never touched.
for (const name of (() => { try { return readdirSync('.tmp'); } catch { return []; } })()) {
  const started = Number(/^e2e-data-(\d+)$/.exec(name)?.[1]);
  if (started && started < Date.now() - 6 * 3600_000) rmSync(`.tmp/${name}`, { recursive: true, force: true });
}

/** Browser journeys in Debian's Chromium (never a downloaded browser) against the real server on PGlite. */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  // Generous waits: the journeys share 2 cores with other test runs; a passing step never waits this long.
  expect: { timeout: 20_000 },
  workers: 1,
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
    },
    actionTimeout: 30_000,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node apps/cli/bin/hearth.js serve',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      HEARTH_PORT: String(port),
      HEARTH_DATA_DIR: dataDir,
      HEARTH_DEMO: 'true',
      HEARTH_COOKIE_SECURE: 'false',
      HEARTH_LOGIN_ATTEMPTS_PER_MINUTE: '1000',
      HEARTH_LOG_LEVEL: 'warn',
    },
  },
});
