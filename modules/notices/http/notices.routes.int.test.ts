import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { createStaffDirectory, loadPrincipal, TEST_PASSWORD } from '@hearth/identity';
import { createTestApp, fixedClock, type Agent, type TestApp } from '@hearth/server/testing';
import { noticesDeps, sqlCaseAccess, issueNotice, loadPacketRecords, buildHearingPacket, type NoticesDeps } from '../index.js';
import { HOME, pdfText, snapApproval } from '../test-support.js';

let t: TestApp;
let cm2: Agent, other: Agent, auditor: Agent;
let deps: NoticesDeps;
let caseId: string;

const TODAY = '2026-11-16';
const data = (over: Record<string, unknown> = {}) => {
  const { kind: _k, language: _l, ...d } = snapApproval({ noticeDate: undefined });
  return { ...d, ...over } as any;
};
const count = async (table: 'notice' | 'audit_event') => Number(((await t.database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))).rows[0] as { n: number }).n);

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(`${TODAY}T15:00:00Z`) });
  [cm2, other, auditor] = await Promise.all([t.login('cm2'), t.login('cm2Other'), t.login('auditor')]);
  const p = await cm2.post('/api/people', { firstName: 'Maria', lastName: 'Núñez', dob: '1988-04-02', confirmedNotDuplicate: true });
  expect(p.statusCode, p.body).toBe(201);
  const c = await cm2.post('/api/cases', { programCode: 'snap', unitId: t.units.north, primaryPersonId: p.json().id, complexity: 2 });
  expect(c.statusCode, c.body).toBe(201);
  caseId = c.json().id;
  deps = noticesDeps(t.ctx, { cases: sqlCaseAccess });
});
afterAll(async () => t?.close());

describe('issueNotice', () => {
  let noticeId: string;

  it('renders, stores by content hash, writes the notice row and its audit event together', async () => {
    const before = await count('audit_event');
    const r = await issueNotice(deps, { userId: t.staff.cm2.id }, { caseId, kind: 'approval', language: 'en', data: data() });
    noticeId = r.noticeId;
    expect(r.notice).toMatchObject({ caseId, kind: 'approval', language: 'en', noticeDate: TODAY, hearingDeadline: '2027-02-14', adverse: false, addressSuppressed: false, issuedBy: t.staff.cm2.id });
    expect(r.notice.amounts).toEqual([{ month: '2026-11', amountCents: 14_600 }, { month: '2026-12', amountCents: 29_800 }]);
    const bytes = await t.ctx.storage.get(r.notice.sha256);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(r.notice.sha256);
    expect(r.notice.sizeBytes).toBe(bytes.length);
    expect(await count('audit_event')).toBe(before + 1);
    const ev = (await t.database.db.execute(sql`SELECT action, entity_id AS "entityId", case_id AS "caseId" FROM audit_event ORDER BY seq DESC LIMIT 1`)).rows[0];
    expect(ev).toEqual({ action: 'notice.issued', entityId: noticeId, caseId });
  });

  it('shows on the case timeline', async () => {
    const tl = await cm2.get(`/api/cases/${caseId}/timeline`);
    expect(tl.statusCode).toBe(200);
    expect(tl.json().items).toContainEqual(expect.objectContaining({ action: 'notice.issued', entityType: 'notice', entityId: noticeId }));
  });

  it('stores a reduction with its effective date and continued-benefits deadline', async () => {
    const r = await issueNotice(deps, { userId: t.staff.cm2.id }, {
      caseId, kind: 'change', language: 'es',
      data: data({ amounts: [{ month: '2026-12', amountCents: 20_000, previousAmountCents: 29_800 }], reasons: [{ en: 'Pay went up.', es: 'Su sueldo subió.' }] }),
    });
    expect(r.notice).toMatchObject({ adverse: true, changeDirection: 'reduction', effectiveDate: '2026-12-01', continuedBenefitsBy: '2026-11-30', hearingDeadline: '2027-03-01', reasons: ['Su sueldo subió.'] });
    const { text } = await pdfText(await t.ctx.storage.get(r.notice.sha256));
    expect(text).toContain('Este cambio empieza el 1 de diciembre de 2026.');
  });

  it('refuses bad input with field paths and writes nothing', async () => {
    const [n, a] = [await count('notice'), await count('audit_event')];
    const e1 = await issueNotice(deps, { userId: t.staff.cm2.id }, { caseId, kind: 'denial', language: 'en', data: data({ reasons: [] }) }).catch((e) => e);
    expect(e1).toMatchObject({ code: 'VALIDATION', details: [{ path: 'data.reasons', message: expect.any(String) }] });
    const e2 = await issueNotice(deps, { userId: t.staff.cm2.id }, { caseId, kind: 'approval', language: 'en', data: data({ noticeDate: '2026-11-01' }) }).catch((e) => e);
    expect(e2.details).toEqual([expect.objectContaining({ path: 'data.noticeDate' })]);
    const e3 = await issueNotice(deps, { userId: t.staff.cm2.id }, { caseId, kind: 'change', language: 'en', data: data({ effectiveDate: '2026-11-20', change: 'reduction' }) }).catch((e) => e);
    expect(e3.details).toEqual([expect.objectContaining({ path: 'data.effectiveDate' })]);
    const e4 = await issueNotice(deps, { userId: t.staff.cm2.id }, { caseId: 'nope', kind: 'approval', language: 'en', data: data() } as any).catch((e) => e);
    expect(e4.details).toEqual([expect.objectContaining({ path: 'caseId' })]);
    const e5 = await issueNotice(deps, { userId: t.staff.cm2.id }, { caseId: '00000000-0000-4000-8000-000000000000', kind: 'approval', language: 'en', data: data() }).catch((e) => e);
    expect(e5.code).toBe('NOT_FOUND');
    expect([await count('notice'), await count('audit_event')]).toEqual([n, a]);
  });

  it('writes nothing when storing the PDF fails', async () => {
    const [n, a] = [await count('notice'), await count('audit_event')];
    const failing = { ...deps, storage: { put: async () => { throw new Error('disk full'); }, get: deps.storage.get } };
    await expect(issueNotice(failing, { userId: t.staff.cm2.id }, { caseId, kind: 'approval', language: 'en', data: data() })).rejects.toThrow('disk full');
    expect([await count('notice'), await count('audit_event')]).toEqual([n, a]);
  });

  it('checks the caseload when a principal is given', async () => {
    const principal = await t.database.db.transaction((tx) => loadPrincipal(tx as any, t.staff.cm2Other.id, null));
    const err = await issueNotice(deps, { userId: t.staff.cm2Other.id }, { caseId, kind: 'approval', language: 'en', data: data() }, { principal: principal! }).catch((e) => e);
    expect(err.code).toBe('BREAK_GLASS_REQUIRED');
  });

  it('suppresses the address when the case is family-violence flagged, whatever the data says', async () => {
    const flag = await cm2.put(`/api/cases/${caseId}/confidentiality`, { flags: ['family_violence'], reason: 'Protective order on file' });
    expect(flag.statusCode, flag.body).toBe(200);
    const r = await issueNotice(deps, { userId: t.staff.cm2.id }, { caseId, kind: 'approval', language: 'en', data: data({ recipient: { name: 'Maria Núñez', address: { ...HOME }, addressSuppressed: false } }) });
    expect(r.notice.addressSuppressed).toBe(true);
    const { text } = await pdfText(await t.ctx.storage.get(r.notice.sha256));
    for (const part of [HOME.line1, HOME.city, HOME.zip]) expect(text).not.toContain(part);
    expect(text).toContain('Address withheld for safety');
  });

  it('keeps notices append-only', async () => {
    await expect(t.database.pool.query(`UPDATE notice SET title = 'x' WHERE id = '${noticeId}'`)).rejects.toThrow(/append-only/);
    await expect(t.database.pool.query(`DELETE FROM notice WHERE id = '${noticeId}'`)).rejects.toThrow(/append-only/);
  });
});

describe('notice routes', () => {
  it('lists a case\'s notices, newest first, as a logged read', async () => {
    const r = await cm2.get(`/api/cases/${caseId}/notices`);
    expect(r.statusCode, r.body).toBe(200);
    const items = r.json().items;
    expect(items.length).toBe(3);
    expect(items.every((n: any) => n.caseId === caseId && n.pdfUrl === `/api/notices/${n.id}/pdf`)).toBe(true);
    const log = await t.database.db.execute(sql`SELECT count(*)::int AS n FROM access_log WHERE entity_type = 'case_notices' AND case_id = ${caseId}`);
    expect((log.rows[0] as { n: number }).n).toBeGreaterThanOrEqual(1);
  });

  it('serves a notice\'s metadata and its PDF, logging the read', async () => {
    const first = (await cm2.get(`/api/cases/${caseId}/notices`)).json().items.find((n: any) => n.kind === 'approval' && !n.addressSuppressed);
    const meta = await auditor.get(`/api/notices/${first.id}`);
    expect(meta.statusCode).toBe(200);
    expect(meta.json()).toMatchObject({ id: first.id, sha256: first.sha256 });
    const pdf = await rawAsCm2('GET', `/api/notices/${first.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['cache-control']).toBe('private, no-store');
    expect(createHash('sha256').update(pdf.rawPayload).digest('hex')).toBe(first.sha256);
    expect((await pdfText(pdf.rawPayload)).text).toMatch(/November 2026 \$146\.00/);
    const log = await t.database.db.execute(sql`SELECT user_id AS "userId" FROM access_log WHERE entity_type = 'notice_pdf' AND entity_id = ${first.id}`);
    expect(log.rows.map((r: any) => r.userId)).toContain(t.staff.cm2.id);
  });

  it('asks for break-the-glass outside the caseload, and answers 404 and 400 for missing and malformed ids', async () => {
    const r = await other.get(`/api/cases/${caseId}/notices`);
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('BREAK_GLASS_REQUIRED');
    const id = (await cm2.get(`/api/cases/${caseId}/notices`)).json().items[0].id;
    expect((await other.get(`/api/notices/${id}/pdf`)).statusCode).toBe(403);
    expect((await cm2.get('/api/notices/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const bad = await cm2.get('/api/notices/not-an-id');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION');
    expect((await t.anonymous().get(`/api/notices/${id}`)).statusCode).toBe(401);
  });

  it('previews a notice without storing it, and answers bad bodies with 400 and field paths', async () => {
    const n = await count('notice');
    const r = await rawAsCm2('POST', '/api/notices/preview', snapApproval({ noticeDate: undefined }));
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect((await pdfText(r.rawPayload)).text).toContain(`Date of this notice: November 16, 2026`);
    expect(await count('notice')).toBe(n);
    const bad = await cm2.post('/api/notices/preview', { ...snapApproval(), kind: 'denial', reasons: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual([{ path: 'body.reasons', message: expect.any(String) }]);
    const bad2 = await cm2.post('/api/notices/preview', { ...snapApproval(), amounts: [{ month: 'May', amountCents: 1 }], extra: 1 });
    expect(bad2.statusCode).toBe(400);
    expect(bad2.json().code).toBe('VALIDATION');
  });
});

describe('OpenAPI', () => {
  it('documents the notice routes', async () => {
    const doc = (await cm2.get('/api/openapi.json')).json();
    for (const path of ['/api/cases/{caseId}/notices', '/api/notices/{id}', '/api/notices/{id}/pdf', '/api/notices/preview']) expect(Object.keys(doc.paths)).toContain(path);
  });
});

describe('hearing packet from the record', () => {
  it('gathers the case\'s notices, audit events and access log, with staff names, into the packet', async () => {
    const staff = createStaffDirectory();
    const records = await t.database.db.transaction((tx) => loadPacketRecords(tx as any, caseId, {
      names: async (ids, q) => new Map([...(await staff.get(ids, q))].map(([id, m]) => [id, m.displayName])),
    }));
    expect(records.notices.map((n) => n.kind)).toEqual(['approval', 'change', 'approval']);
    expect(records.auditEvents.map((e) => e.action)).toEqual(expect.arrayContaining(['case.created', 'notice.issued']));
    expect(records.accessLog.map((a) => a.entity)).toEqual(expect.arrayContaining([expect.stringMatching(/^notice_pdf /), 'case_notices ' + caseId]));
    const cm2Name = (await t.database.db.transaction((tx) => staff.get([t.staff.cm2.id], tx as any))).get(t.staff.cm2.id)!.displayName;
    expect(records.auditEvents.find((e) => e.action === 'notice.issued')!.actor).toBe(cm2Name);
    expect((await t.database.db.transaction((tx) => loadPacketRecords(tx as any, caseId, { through: '2026-11-15' }))).notices).toEqual([]);

    const pdf = await buildHearingPacket({ purpose: 'state_hearing', caseNumber: 'C-test', program: 'SNAP', asOf: TODAY, preparedOn: TODAY, preparedBy: 'Test', ...records });
    const { text } = await pdfText(pdf);
    expect(text).toContain('notice.issued');
    expect(text).toContain('We approved your SNAP (food help) benefits');
    expect(text).toContain('Sus beneficios de SNAP (ayuda para comida) van a bajar');
    expect(text).toContain(cm2Name);
  });
});

/** Raw inject as cm2 (binary bodies: the test agent returns text). */
let session: { cookie: string; csrf: string } | null = null;
async function rawAsCm2(method: 'GET' | 'POST', url: string, payload?: unknown) {
  if (!session) {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: t.staff.cm2.username, password: TEST_PASSWORD } });
    session = { cookie: `hearth_session=${res.cookies.find((c) => c.name === 'hearth_session')!.value}`, csrf: res.json().csrfToken };
  }
  return t.app.inject({ method, url, payload: payload as any, headers: { cookie: session.cookie, ...(method === 'POST' ? { 'x-csrf-token': session.csrf } : {}) } });
}
