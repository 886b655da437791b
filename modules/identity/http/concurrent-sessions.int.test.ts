import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@hearth/server/testing';

/**
 * On PGlite every request shares one connection. Sign-ins and session reads fired together must all succeed,
 * with and without the job queue polling the same connection, and without the driver's "already executing a
 * query" path (platform/src/db/database.ts serializes each client's queries).
 */
let t: TestApp;
const warnings: string[] = [];
const onWarning = (w: Error) => warnings.push(w.message);
beforeAll(async () => {
  process.on('warning', onWarning);
  t = await createTestApp();
});
afterAll(async () => {
  process.off('warning', onWarning);
  await t.close();
});

const who = ['cm1', 'cm2', 'lead', 'supervisor', 'auditor'] as const;

async function twentyAtOnce() {
  const logins = await Promise.all(Array.from({ length: 20 }, (_, i) => t.login(who[i % who.length]!)));
  const reads = await Promise.all(logins.map((a) => a.get('/api/auth/session')));
  expect(reads.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
  expect(new Set(logins.map((a) => a.csrfToken)).size).toBe(20);
}

describe('concurrent sign-ins and requests on one database connection', () => {
  it('answers 20 parallel sign-ins and 20 parallel session reads', async () => {
    await twentyAtOnce();
    expect(warnings.filter((w) => /already executing a query/.test(w))).toEqual([]);
  });

  it('keeps answering while the job queue polls the same connection', async () => {
    await t.ctx.jobs.start();
    try {
      for (let round = 0; round < 3; round++) {
        await twentyAtOnce();
        await new Promise((r) => setTimeout(r, 1200)); // let pg-boss poll in between
      }
    } finally {
      await t.ctx.jobs.stop();
    }
    expect(warnings.filter((w) => /already executing a query/.test(w))).toEqual([]);
  });
});
