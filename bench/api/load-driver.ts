import http from 'node:http';
import pg from 'pg';
import { createRng, type Rng } from '@hearth/kernel';
import { CONTACT_TYPES } from '@hearth/cases';
import { SESSION_COOKIE } from '@hearth/identity';
import { pickWeighted, Recorder } from './stats.js';

/**
 * The caseworker clients: each signs in as a real worker (session cookie; x-csrf-token on writes) and works
 * inside that worker's own caseload, so every request passes the server's scope checks rather than bypassing
 * them. Closed loop: a client sends its next request when the previous answer has arrived (no think time).
 */

export const REQUEST_TYPES = ['search', 'open', 'note', 'task'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
export const READ_TYPES: readonly string[] = ['search', 'open', 'baseline'];

export interface CaseTarget {
  caseId: string;
  personId: string;
  firstName: string;
  lastName: string;
  dob: string | null;
}

export interface ClientPlan {
  username: string;
  cases: CaseTarget[];
  /** Open tasks on the worker's cases; no two clients share one. */
  tasks: string[];
}

/**
 * Plans `clients` clients over the workers who carry cases (round robin by user name); clients that share a
 * worker split that worker's cases and tasks. Targets exclude restricted cases and people, which would need
 * break-the-glass, and closed cases.
 */
export async function planClients(url: string, clients: number, perWorker = 1000): Promise<ClientPlan[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const workers = (await c.query<{ id: string; username: string }>(
      `SELECT u.id, u.username FROM app_user u WHERE EXISTS (SELECT 1 FROM "case" k WHERE k.assigned_worker_id = u.id) ORDER BY u.username`,
    )).rows;
    if (workers.length === 0) throw new Error('no worker carries a case');
    const plans: ClientPlan[] = [];
    for (let i = 0; i < clients; i++) plans.push({ username: workers[i % workers.length]!.username, cases: [], tasks: [] });
    for (let w = 0; w < workers.length && w < clients; w++) {
      const mine = plans.filter((_, i) => i % workers.length === w);
      const worker = workers[w]!;
      const cases = (await c.query<{ case_id: string; person_id: string; first_name: string; last_name: string; dob: string | null }>(
        `SELECT k.id AS case_id, p.id AS person_id, p.first_name, p.last_name, p.dob::text AS dob
           FROM "case" k JOIN person p ON p.id = k.primary_person_id
          WHERE k.assigned_worker_id = $1 AND k.status <> 'closed' AND NOT k.restricted AND NOT p.restricted
          ORDER BY md5(k.id::text) LIMIT $2`,
        [worker.id, perWorker],
      )).rows;
      const tasks = (await c.query<{ id: string }>(
        `SELECT t.id FROM case_task t JOIN "case" k ON k.id = t.case_id
          WHERE k.assigned_worker_id = $1 AND t.status = 'open' AND NOT k.restricted
          ORDER BY md5(t.id::text) LIMIT $2`,
        [worker.id, perWorker],
      )).rows;
      cases.forEach((r, i) => mine[i % mine.length]!.cases.push({ caseId: r.case_id, personId: r.person_id, firstName: r.first_name, lastName: r.last_name, dob: r.dob }));
      tasks.forEach((r, i) => mine[i % mine.length]!.tasks.push(r.id));
    }
    const empty = plans.filter((p) => p.cases.length === 0);
    if (empty.length) throw new Error(`no open, unrestricted case for ${empty.map((p) => p.username).join(', ')}`);
    return plans;
  } finally {
    await c.end();
  }
}

interface HttpResult {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

function send(agent: http.Agent, port: number, method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<HttpResult> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers: payload ? { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } : headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      res.on('error', () => resolve({ status: 0, body: '', headers: {} }));
    });
    req.on('error', (err) => resolve({ status: 0, body: String(err), headers: {} }));
    if (payload) req.write(payload);
    req.end();
  });
}

export class Client {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private cookie = '';
  private csrf = '';
  private nextTask = 0;
  readonly rng: Rng;

  constructor(readonly plan: ClientPlan, private readonly port: number, seed: number) {
    this.rng = createRng(seed);
  }

  async login(password: string): Promise<number> {
    const t0 = performance.now();
    const res = await send(this.agent, this.port, 'POST', '/api/auth/login', {}, { username: this.plan.username, password });
    if (res.status !== 200) throw new Error(`sign-in of ${this.plan.username} failed: ${res.status} ${res.body.slice(0, 200)}`);
    const setCookie = [res.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (!setCookie) throw new Error(`sign-in of ${this.plan.username} set no session cookie`);
    this.cookie = setCookie.split(';')[0]!;
    this.csrf = (JSON.parse(res.body) as { csrfToken: string }).csrfToken;
    return performance.now() - t0;
  }

  hasTask(): boolean {
    return this.nextTask < this.plan.tasks.length;
  }

  private request(method: string, path: string, body?: unknown): Promise<HttpResult> {
    const headers: Record<string, string> = { cookie: this.cookie, accept: 'application/json' };
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf;
    return send(this.agent, this.port, method, path, headers, body);
  }

  private someCase(): CaseTarget {
    return this.rng.pick(this.plan.cases);
  }

  /** Sends one request of the type and returns its HTTP status and the response body (for error reports). */
  act(type: RequestType | 'baseline', today: string): Promise<HttpResult> {
    switch (type) {
      case 'search': {
        // Search before create, as a worker does it: the person's name and date of birth.
        const t = this.someCase();
        const q = new URLSearchParams({ q: `${t.firstName} ${t.lastName}` });
        if (t.dob) q.set('dob', t.dob);
        return this.request('GET', `/api/people/search?${q}`);
      }
      case 'open':
        return this.request('GET', `/api/cases/${this.someCase().caseId}`);
      case 'note': {
        const t = this.someCase();
        return this.request('POST', `/api/cases/${t.caseId}/notes`, {
          contactType: this.rng.pick(CONTACT_TYPES),
          contactOn: today,
          participantIds: [t.personId],
          narrative: 'Called the client about the verification list; documents will be dropped off this week.',
        });
      }
      case 'task': {
        const id = this.plan.tasks[this.nextTask++];
        if (!id) throw new Error('no open task left');
        return this.request('POST', `/api/tasks/${id}/complete`, { outcome: 'Done during the benchmark.' });
      }
      case 'baseline':
        return this.request('GET', `/api/bench/baseline?id=${this.someCase().caseId}`);
    }
  }

  close() {
    this.agent.destroy();
  }
}

export interface PhaseResult {
  recorder: Recorder;
  seconds: number;
  /** Task completions that fell back to another type because the client had no open task left. */
  tasksExhausted: number;
  /** First few error responses (type, status, body). */
  errorSamples: string[];
}

/** Every client loops until `seconds` have passed; requests still in flight at the deadline are counted. */
export async function runPhase(clients: Client[], o: { seconds: number; mix: ReadonlyArray<readonly [RequestType | 'baseline', number]>; today: string }): Promise<PhaseResult> {
  const recorder = new Recorder();
  const errorSamples: string[] = [];
  let tasksExhausted = 0;
  const t0 = performance.now();
  const deadline = t0 + o.seconds * 1000;
  await Promise.all(clients.map(async (client) => {
    while (performance.now() < deadline) {
      let type = pickWeighted(o.mix, client.rng.next());
      if (type === 'task' && !client.hasTask()) {
        tasksExhausted++;
        const others = o.mix.filter(([k]) => k !== 'task');
        if (!others.some(([, w]) => w > 0)) break;
        type = pickWeighted(others, client.rng.next());
      }
      const start = performance.now();
      const res = await client.act(type, o.today);
      recorder.record(type, performance.now() - start, res.status);
      if ((res.status < 200 || res.status >= 300) && errorSamples.length < 10) errorSamples.push(`${type} ${res.status} ${res.body.slice(0, 200)}`);
    }
  }));
  return { recorder, seconds: (performance.now() - t0) / 1000, tasksExhausted, errorSamples };
}
