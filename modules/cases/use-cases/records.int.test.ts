import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { createJobQueue, sha256Hex, type Database } from '@hearth/platform';
import { createTestDatabase } from '@hearth/server/testing';
import { createFixture, countRows, rejection } from '../test-support.js';
import { createCase } from './create-case.js';
import { addParticipant } from './add-participant.js';
import { addNote } from './add-note.js';
import { listNotes } from './list-notes.js';
import { uploadDocument, listDocuments, getDocumentContent } from './upload-document.js';
import { createTask, completeTask } from './create-task.js';
import { startClock, pauseClock, resumeClock, completeClock } from './manage-clock.js';
import { getWorklist } from './get-worklist.js';
import { getTimeline } from './get-timeline.js';
import { sweepClocks } from './sweep-clocks.js';
import { clockSweepJob } from '../adapters/clock-sweep.job.js';
import { seedCases, mulberry32 } from '../db/seed.js';

let database: Database;
let f: ReturnType<typeof createFixture>;

const count = (table: string, where?: SQL) => countRows(database, table, where);
async function newCase(programCode: 'snap' | 'child_support' = 'snap') {
  return createCase(f.as('cm2'), { programCode, unitId: f.units.north, primaryPersonId: f.person('Ana Ruiz') }, f.deps);
}

beforeAll(async () => {
  database = await createTestDatabase();
  f = createFixture(database);
});
afterAll(async () => database?.close());

describe('notes (contact log)', () => {
  it('records a contact with participants and a template, and lists it (a logged read)', async () => {
    const c = await newCase();
    const child = f.person('Leo Ruiz');
    await addParticipant(f.as('cm2'), c.id, { personId: child, role: 'child' }, f.deps);
    const n = await addNote(f.as('cm2'), c.id, { contactType: 'home_visit', contactOn: '2026-03-01', participantIds: [c.primaryPerson.id, child], narrative: 'Home visit done.', templateCode: 'home_visit' }, f.deps);
    expect(n).toMatchObject({ authorName: 'Casey Two', participants: [{ name: 'Ana Ruiz' }, { name: 'Leo Ruiz' }] });
    const list = await listNotes(f.as('lead'), c.id, f.deps);
    expect(list.items.map((x) => x.id)).toEqual([n.id]);
    expect(await count('access_log', sql`case_id = ${c.id} AND entity_type = 'case_notes'`)).toBe(1);
  });

  it('refuses non-participants, future dates and unknown templates with field paths, writing nothing', async () => {
    const c = await newCase();
    const before = [await count('case_note'), await count('audit_event')];
    const e = await rejection(addNote(f.as('cm2'), c.id, { contactType: 'phone', contactOn: '2026-03-01', participantIds: [c.primaryPerson.id, f.person()], narrative: 'x' }, f.deps));
    expect(e.details).toEqual([{ path: 'participantIds.1', message: 'not a participant of this case' }]);
    const e2 = await rejection(addNote(f.as('cm2'), c.id, { contactType: 'phone', contactOn: '2026-04-01', narrative: 'x', templateCode: 'nope' }, f.deps));
    expect(e2.details.map((d) => d.path)).toEqual(['contactOn', 'templateCode']);
    const e3 = await rejection(addNote(f.as('cm2'), c.id, { contactType: 'telepathy', contactOn: 'yesterday', narrative: '' } as never, f.deps));
    expect(e3.details.map((d) => d.path).sort()).toEqual(['contactOn', 'contactType', 'narrative']);
    expect([await count('case_note'), await count('audit_event')]).toEqual(before);
  });
});

describe('documents', () => {
  const pdf = Buffer.from('%PDF-1.4\nThis is a court order.\n%%EOF');
  it('stores a document by content hash, once, and serves it back through the case access check', async () => {
    const c = await newCase();
    const d1 = await uploadDocument(f.as('cm2'), c.id, { type: 'court_order', fileName: '../order.pdf', mediaType: 'application/pdf' }, pdf, f.deps);
    const d2 = await uploadDocument(f.as('cm2'), c.id, { type: 'court_order', fileName: 'order-copy.pdf', mediaType: 'application/pdf' }, pdf, f.deps);
    expect(d1.sha256).toBe(sha256Hex(pdf));
    expect(d2.sha256).toBe(d1.sha256);
    expect(d1.fileName).toBe('order.pdf');
    expect((await listDocuments(f.as('cm2'), c.id, f.deps)).items).toHaveLength(2);
    const got = await getDocumentContent(f.as('lead'), d1.id, f.deps);
    expect(got.bytes.equals(pdf)).toBe(true);
    expect(await count('access_log', sql`entity_type = 'case_document' AND entity_id = ${d1.id}`)).toBe(1);
    expect((await rejection(getDocumentContent(f.as('cm2Other'), d1.id, f.deps))).code).toBe('BREAK_GLASS_REQUIRED');
  });

  it('refuses wrong types, mislabeled content, oversized files and unknown document types', async () => {
    const c = await newCase();
    expect((await rejection(uploadDocument(f.as('cm2'), c.id, { type: 'pay_stub', fileName: 'a.exe', mediaType: 'application/x-msdownload' }, pdf, f.deps))).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await rejection(uploadDocument(f.as('cm2'), c.id, { type: 'pay_stub', fileName: 'a.png', mediaType: 'image/png' }, pdf, f.deps))).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await rejection(uploadDocument(f.as('cm2'), c.id, { type: 'pay_stub', fileName: 'a.pdf', mediaType: 'application/pdf' }, Buffer.concat([pdf, Buffer.alloc(2 * 1024 * 1024)]), f.deps))).code).toBe('PAYLOAD_TOO_LARGE');
    expect((await rejection(uploadDocument(f.as('cm2'), c.id, { type: 'selfie', fileName: 'a.pdf', mediaType: 'application/pdf' }, pdf, f.deps))).details[0]!.path).toBe('type');
    expect(await count('case_document', sql`case_id = ${c.id}`)).toBe(0);
  });
});

describe('tasks and the worklist', () => {
  it('creates a task for the case worker, lists it by urgency and completes it', async () => {
    const c = await newCase();
    const later = await createTask(f.as('lead'), c.id, { title: 'Send notice', dueOn: '2026-03-20' }, f.deps);
    const late = await createTask(f.as('lead'), c.id, { title: 'Get pay stubs', dueOn: '2026-02-27', priority: 'high' }, f.deps);
    expect(late).toMatchObject({ assigneeId: f.users.cm2.id, assigneeName: 'Casey Two', overdue: true });
    const wl = await getWorklist(f.as('cm2'), f.deps);
    const ids = wl.tasks.map((t) => t.id);
    expect(ids.indexOf(late.id)).toBeLessThan(ids.indexOf(later.id));
    expect((await rejection(createTask(f.as('lead'), c.id, { title: 'x', assigneeId: crypto.randomUUID() }, f.deps))).details[0]!.path).toBe('assigneeId');
    const done = await completeTask(f.as('cm2'), late.id, { outcome: 'Received' }, f.deps);
    expect(done.status).toBe('done');
    expect((await rejection(completeTask(f.as('cm2'), late.id, {}, f.deps))).code).toBe('INVALID_STATE');
  });
});

describe('regulatory clocks', () => {
  it('starts a SNAP 30-day clock, pauses and resumes it, pushing the due date by the paused days', async () => {
    const c = await newCase();
    const k = await startClock(f.as('cm2'), c.id, { typeCode: 'snap_processing_30', startedOn: '2026-03-01' }, f.deps);
    expect(k).toMatchObject({ dueOn: '2026-03-31', citation: '7 CFR 273.2(g)(1)', state: 'on_track', daysLeft: 29 });
    expect((await rejection(startClock(f.as('cm2'), c.id, { typeCode: 'snap_processing_30', startedOn: '2026-03-01' }, f.deps))).code).toBe('CONFLICT');
    expect((await rejection(startClock(f.as('cm2'), c.id, { typeCode: 'ivd_locate_75', startedOn: '2026-03-01' }, f.deps))).details[0]!.path).toBe('typeCode');
    expect((await rejection(pauseClock(f.as('cm2'), k.id, { reason: 'x' }, f.deps))).details[0]!.path).toBe('reason');
    const p = await pauseClock(f.as('cm2'), k.id, { reason: 'Waiting on household verification', pausedOn: '2026-03-02' }, f.deps);
    expect(p.state).toBe('paused');
    f.clock.set('2026-03-06T15:00:00Z');
    const r = await resumeClock(f.as('cm2'), k.id, {}, f.deps);
    expect(r).toMatchObject({ status: 'running', pausedDays: 4, dueOn: '2026-04-04' });
    expect((await rejection(resumeClock(f.as('cm2'), k.id, {}, f.deps))).code).toBe('INVALID_STATE');
    const done = await completeClock(f.as('cm2'), k.id, { outcome: 'met' }, f.deps);
    expect(done.state).toBe('met');
    f.clock.set('2026-03-02T15:00:00Z');
  });

  it('sweeps warnings and escalations once: one supervisor task however often it runs', async () => {
    const c = await newCase();
    const exp = await startClock(f.as('cm2'), c.id, { typeCode: 'snap_expedited_7', startedOn: '2026-02-24' }, f.deps); // due 03-03
    const cs = await createCase(f.as('cm2'), { programCode: 'child_support', unitId: f.units.north, primaryPersonId: f.person() }, f.deps);
    const open20 = await startClock(f.as('cm2'), cs.id, { typeCode: 'ivd_case_opening_20', startedOn: '2026-02-14' }, f.deps); // due 03-06: warn from 03-01, escalate from 03-04
    const far = await startClock(f.as('cm2'), cs.id, { typeCode: 'ivd_locate_75', startedOn: '2026-03-01' }, f.deps);

    const r1 = await sweepClocks(f.deps, { today: '2026-03-02', batchSize: 1 });
    expect(r1.escalated).toBeGreaterThanOrEqual(1);
    const clocks = await database.db.execute(sql`SELECT id, warned_on AS w, escalated_on AS e, escalation_task_id AS t FROM case_clock WHERE id IN (${exp.id}, ${open20.id}, ${far.id})`);
    const byId = new Map((clocks.rows as Array<{ id: string; w: string | null; e: string | null; t: string | null }>).map((r) => [r.id, r]));
    expect(byId.get(exp.id)).toMatchObject({ w: '2026-03-02', e: '2026-03-02' });
    expect(byId.get(open20.id)).toMatchObject({ w: '2026-03-02', e: null });
    expect(byId.get(far.id)).toMatchObject({ w: null, e: null });
    const task = await database.db.execute(sql`SELECT assignee_id, priority FROM case_task WHERE clock_id = ${exp.id}`);
    expect(task.rows).toEqual([{ assignee_id: f.users.supervisor.id, priority: 'urgent' }]);

    const events = await count('audit_event');
    const r2 = await sweepClocks(f.deps, { today: '2026-03-02' });
    expect(r2).toMatchObject({ warned: 0, escalated: 0 });
    expect(await count('audit_event')).toBe(events);
    expect(await count('case_task', sql`clock_id = ${exp.id}`)).toBe(1);

    await sweepClocks(f.deps, { today: '2026-03-03' });
    expect(await count('case_task', sql`clock_id = ${open20.id}`)).toBe(0);
    await sweepClocks(f.deps, { today: '2026-03-04' });
    expect(await count('case_task', sql`clock_id = ${open20.id}`)).toBe(1);
    expect(await count('case_task', sql`clock_id = ${exp.id}`)).toBe(1);
    const wl = await getWorklist(f.as('supervisor'), f.deps);
    expect(wl.tasks.filter((t) => t.source === 'clock_escalation').length).toBeGreaterThanOrEqual(2);
  });

  it('runs as a job definition with progress and a checkpoint', async () => {
    const jobs = createJobQueue(database);
    jobs.register(clockSweepJob(f.deps));
    const runId = await jobs.enqueue('cases.clock-sweep', { asOf: '2026-03-10' }, null);
    await jobs.runNow(runId);
    const run = await jobs.get(runId);
    expect(run).toMatchObject({ status: 'completed' });
    expect(run!.result).toMatchObject({ warned: expect.any(Number), escalated: expect.any(Number) });
  });
});

describe('timeline', () => {
  it('shows audited events, contacts by their date and due tasks, newest first', async () => {
    const c = await newCase();
    await addNote(f.as('cm2'), c.id, { contactType: 'phone', contactOn: '2026-02-20', narrative: 'Called about the interview' }, f.deps);
    await createTask(f.as('cm2'), c.id, { title: 'Interview', dueOn: '2026-03-09' }, f.deps);
    const t = await getTimeline(f.as('cm2'), c.id, f.deps);
    const kinds = t.items.map((i) => i.kind);
    expect(kinds).toContain('contact');
    expect(kinds).toContain('task_due');
    expect(t.items.find((i) => i.action === 'case.created')).toMatchObject({ actorName: 'Casey Two' });
    expect(t.items.find((i) => i.kind === 'contact')!.summary).toMatch(/Called about the interview/);
    expect([...t.items.map((i) => i.at)]).toEqual([...t.items.map((i) => i.at)].sort().reverse());
  });
});

describe('seed builders', () => {
  it('builds the same cases from the same seed, fast, with details and a few restricted cases', async () => {
    const people = Array.from({ length: 50 }, (_, i) => f.person(`Seed ${i}`));
    const units = [{ id: f.units.north, workerIds: [f.users.cm1.id, f.users.cm2.id, f.users.cm3.id] }, { id: f.units.south, workerIds: [f.users.cm2Other.id] }];
    const a = await database.db.transaction((tx) => seedCases(tx as never, { count: 300, units, personIds: people, today: '2026-03-02', restrictedShare: 0.05, audit: true, batchSize: 128 }, mulberry32(7)));
    expect(a.counts.cases).toBe(300);
    expect(a.counts.notes).toBeGreaterThan(0);
    expect(a.counts.clocks).toBeGreaterThan(0);
    const again = Array.from({ length: 300 }, () => 0).length && (await (async () => {
      const rng = mulberry32(7);
      const { seededUuid } = await import('../db/seed.js');
      return seededUuid(rng);
    })());
    expect(a.caseIds[0]).toBe(again);
    expect(await count('case', sql`id = ANY(${sql.param(a.caseIds)}::uuid[]) AND restricted`)).toBeGreaterThan(0);
    expect(await count('audit_event', sql`action = 'case.seeded'`)).toBe(300);
  });
});
