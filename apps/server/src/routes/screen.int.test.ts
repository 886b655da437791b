import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const household = { id: 'h1', asOf: '2025-11-01', state: 'TX', members: [{ age: 35, earnedIncome: 2000 }, { age: 8 }, { age: 5 }], assets: 1000, shelterCosts: 900, utilities: { heatingCooling: true } };

describe('public screening endpoint', () => {
  it('screens a household for SNAP without signing in, echoing the id and the rules version', async () => {
    const r = await t.anonymous().post('/api/screen/snap', household);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ id: 'h1', program: 'snap', asOf: '2025-11-01' });
    expect(typeof body.eligible).toBe('boolean');
    expect(body.rulesVersion).toMatch(/^2026\./);
    expect(Number.isInteger(body.amountCents)).toBe(true);
  });
  it('explains in English and Spanish when asked', async () => {
    const body = (await t.anonymous().post('/api/screen/snap?explain=true', household)).json();
    expect(body.explanation.en.length).toBeGreaterThan(3);
    expect(body.explanation.es.length).toBe(body.explanation.en.length);
  });
  it('answers bad facts with 400 and field paths', async () => {
    const r = await t.anonymous().post('/api/screen/snap', { ...household, state: 'ZZ', members: [{ age: -3 }] });
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('RULES_INPUT');
    expect(r.json().details.length).toBeGreaterThan(0);
  });
  it('refuses an unknown program', async () => {
    expect((await t.anonymous().post('/api/screen/lottery', household)).statusCode).toBe(400);
  });
  it('publishes each program\'s input schema', async () => {
    const r = await t.anonymous().get('/api/screen/medicaid-magi/schema');
    expect(r.statusCode).toBe(200);
    expect(r.json().type).toBe('object');
  });
});
