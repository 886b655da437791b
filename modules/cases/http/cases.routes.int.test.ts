import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { dateInZone } from '@hearth/kernel';
import { createTestApp, type TestApp, type Agent } from '@hearth/server/testing';

let t: TestApp;
let cm1: Agent, cm2: Agent, lead: Agent, supervisor: Agent, other: Agent, auditor: Agent;
let personId: string;

function multipart(fields: Record<string, string>, file: { name: string; type: string; bytes: Buffer }) {
  const boundary = '----hearthtest';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

beforeAll(async () => {
  t = await createTestApp();
  [cm1, cm2, lead, supervisor, other, auditor] = await Promise.all([t.login('cm1'), t.login('cm2'), t.login('lead'), t.login('supervisor'), t.login('cm2Other'), t.login('auditor')]);
  const p = await cm2.post('/api/people', { firstName: 'Rosa', lastName: 'Quintero', dob: '1984-02-11', confirmedNotDuplicate: true });
  expect(p.statusCode, p.body).toBe(201);
  personId = p.json().id;
});
afterAll(async () => t?.close());

describe('cases over HTTP', () => {
  let caseId: string;

  it('opens a case (201) and reads it with names from identity and people', async () => {
    const r = await cm2.post('/api/cases', { programCode: 'snap', unitId: t.units.north, primaryPersonId: personId, complexity: 3 });
    expect(r.statusCode, r.body).toBe(201);
    caseId = r.json().id;
    expect(r.json()).toMatchObject({ status: 'intake', assignedWorkerId: t.staff.cm2.id, assignedWorkerName: expect.any(String), primaryPerson: { id: personId, name: expect.stringMatching(/Rosa/) } });
    const g = await lead.get(`/api/cases/${caseId}`);
    expect(g.statusCode).toBe(200);
    expect((await cm2.get('/api/cases?scope=mine')).json().items.map((i: { id: string }) => i.id)).toContain(caseId);
  });

  it('answers bad input with 400 and field paths, unknown fields included', async () => {
    const r = await cm2.post('/api/cases', { programCode: 'snap', unitId: t.units.north, primaryPersonId: personId, colour: 'blue' });
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('VALIDATION');
    const r2 = await cm2.post(`/api/cases/${caseId}/notes`, { contactType: 'phone', contactOn: '2999-01-01', narrative: 'x' });
    expect(r2.statusCode).toBe(400);
    expect(r2.json().details).toEqual([{ path: 'contactOn', message: 'cannot be in the future' }]);
  });

  it('asks for break-the-glass outside the caseload, and lets it through with a reason', async () => {
    const r = await other.get(`/api/cases/${caseId}`);
    expect(r.statusCode).toBe(403);
    expect(r.json()).toMatchObject({ code: 'BREAK_GLASS_REQUIRED', data: { reason: 'outside_scope' } });
    const bg = await other.post(`/api/cases/${caseId}/break-glass`, { reason: 'Covering the north desk today for a walk-in' });
    expect(bg.statusCode, bg.body).toBe(201);
    expect((await other.get(`/api/cases/${caseId}`)).statusCode).toBe(200);
    const log = await t.database.db.execute(sql`SELECT count(*)::int AS n FROM access_log WHERE case_id = ${caseId} AND action = 'break_glass'`);
    expect((log.rows[0] as { n: number }).n).toBe(1);
  });

  it('enforces route permissions: an auditor reads but cannot write', async () => {
    expect((await auditor.get(`/api/cases/${caseId}`)).statusCode).toBe(200);
    expect((await auditor.post(`/api/cases/${caseId}/notes`, { contactType: 'phone', contactOn: '2026-01-01', narrative: 'x' })).statusCode).toBe(403);
    expect((await cm2.post(`/api/cases/${caseId}/overrides`, { what: 'x', reason: 'because it is so' })).statusCode).toBe(403);
  });

  it('routes a Case Manager I closure through the lead\'s review queue', async () => {
    const c = await cm1.post('/api/cases', { programCode: 'snap', unitId: t.units.north, primaryPersonId: personId });
    expect(c.statusCode, c.body).toBe(201);
    const s = await cm1.post(`/api/cases/${c.json().id}/status`, { action: 'close', reason: 'Client moved away' });
    expect(s.json()).toMatchObject({ status: 'pending_review', reviewId: expect.any(String) });
    const q = await lead.get('/api/reviews');
    expect(q.json().items.map((i: { id: string }) => i.id)).toContain(s.json().reviewId);
    const a = await lead.post(`/api/reviews/${s.json().reviewId}/approve`, {});
    expect(a.statusCode, a.body).toBe(200);
    expect(a.json().caseStatus).toBe('closed');
  });

  it('uploads a document as multipart and serves its content', async () => {
    const pdf = Buffer.from('%PDF-1.4\npay stub\n%%EOF');
    const m = multipart({ type: 'pay_stub' }, { name: 'stub.pdf', type: 'application/pdf', bytes: pdf });
    const up = await cm2.inject({ method: 'POST', url: `/api/cases/${caseId}/documents`, payload: m.payload, headers: m.headers });
    expect(up.statusCode, up.body).toBe(201);
    const content = await cm2.inject({ method: 'GET', url: `/api/documents/${up.json().id}/content` });
    expect(content.statusCode).toBe(200);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.body).toContain('pay stub');
    const bad = multipart({ type: 'pay_stub' }, { name: 'x.png', type: 'image/png', bytes: pdf });
    expect((await cm2.inject({ method: 'POST', url: `/api/cases/${caseId}/documents`, payload: bad.payload, headers: bad.headers })).statusCode).toBe(415);
  });

  it('runs clocks, tasks, the worklist, workload and the timeline', async () => {
    expect((await cm2.get('/api/clock-types?program=child_support')).json().items).toHaveLength(4);
    const today = dateInZone(new Date(), 'America/Denver'); // the server's agency time zone
    const k = await cm2.post(`/api/cases/${caseId}/clocks`, { typeCode: 'snap_processing_30', startedOn: today });
    expect(k.statusCode, k.body).toBe(201);
    expect((await cm2.post(`/api/clocks/${k.json().id}/pause`, { reason: 'Waiting for the household' })).json().state).toBe('paused');
    expect((await cm2.post(`/api/clocks/${k.json().id}/resume`, {})).json().state).not.toBe('paused');
    const task = await lead.post(`/api/cases/${caseId}/tasks`, { title: 'Call the landlord', dueOn: today });
    expect(task.statusCode, task.body).toBe(201);
    const wl = (await cm2.get('/api/worklist')).json();
    expect(wl.tasks.map((x: { id: string }) => x.id)).toContain(task.json().id);
    expect(wl.clocks.map((x: { id: string }) => x.id)).toContain(k.json().id);
    expect((await cm2.post(`/api/tasks/${task.json().id}/complete`, {})).json().status).toBe('done');
    const w = await lead.get(`/api/workload?unitId=${t.units.north}`);
    expect(w.statusCode, w.body).toBe(200);
    expect(w.json().workers.length).toBeGreaterThan(0);
    const sug = await lead.get(`/api/workload/suggest?caseId=${caseId}`);
    expect(sug.statusCode, sug.body).toBe(200);
    const tl = await cm2.get(`/api/cases/${caseId}/timeline`);
    expect(tl.json().items.some((i: { action: string }) => i.action === 'case.created')).toBe(true);
    const asOf = await cm2.get(`/api/cases/${caseId}/as-of?date=${today}`);
    expect(asOf.statusCode, asOf.body).toBe(200);
    expect(asOf.json().case.id).toBe(caseId);
  });

  it('lets only a supervisor record an override, with a reason', async () => {
    const r = await supervisor.post(`/api/cases/${caseId}/overrides`, { what: 'Extend the verification deadline', reason: 'Hospital stay documented' });
    expect(r.statusCode, r.body).toBe(201);
  });
});
