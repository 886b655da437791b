import { expect, request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const DEMO_PASSWORD = 'hearth-demo';

export async function signIn(page: Page, username: string) {
  await page.goto('/signin');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/signin/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);
}

/** No WCAG 2.0/2.1 A or AA violations on the page as it stands. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** Letters only (names refuse digits nowhere, but a letter-only tail reads like a name and never matches the demo data). */
export function uniqueWord(prefix: string): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let s = '';
  let n = Date.now() * 1000 + Math.floor(Math.random() * 1000);
  for (let i = 0; i < 7; i++) {
    s += letters[n % letters.length];
    n = Math.floor(n / letters.length);
  }
  return prefix + s;
}

export interface Unit {
  id: string;
  name: string;
  programCode: string | null;
}

/**
 * The JSON API as one demo user, for setting up what a journey needs (a person, a case, a task) quickly and
 * independently of other journeys. The browser part of each journey goes through the UI only.
 */
export class DemoApi {
  private constructor(
    private readonly ctx: APIRequestContext,
    private readonly csrf: string,
    readonly user: { id: string; unitIds: string[]; supervisorUnitIds: string[]; leadUnitIds: string[] },
  ) {}

  static async as(baseURL: string, username: string): Promise<DemoApi> {
    const ctx = await playwrightRequest.newContext({ baseURL });
    const res = await ctx.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
    expect(res.status(), await res.text()).toBe(200);
    const body = await res.json();
    return new DemoApi(ctx, body.csrfToken, body.user);
  }

  async get<T>(path: string): Promise<T> {
    const res = await this.ctx.get(path);
    expect(res.ok(), `GET ${path}: ${res.status()} ${await res.text()}`).toBe(true);
    return res.json();
  }

  async post<T>(path: string, data: unknown, status = [200, 201]): Promise<T> {
    const res = await this.ctx.post(path, { data, headers: { 'x-csrf-token': this.csrf } });
    expect(status, `POST ${path}: ${res.status()} ${await res.text()}`).toContain(res.status());
    return res.status() === 204 ? (undefined as T) : res.json();
  }

  async unitNamed(name: string): Promise<Unit> {
    const body = await this.get<{ items: Unit[] } | Unit[]>('/api/admin/units');
    const units = Array.isArray(body) ? body : body.items;
    const unit = units.find((u) => u.name === name);
    expect(unit, `unit ${name}`).toBeTruthy();
    return unit!;
  }

  /**
   * A new person with a unique last name. Should the registry still suspect a duplicate (the linkage model is
   * deliberately eager), the fixture states it is someone else, as a worker would, naming the candidates it saw.
   */
  async registerPerson(firstName: string, lastName: string, dob = '1987-06-15'): Promise<{ id: string }> {
    const body = { firstName, lastName, dob, sex: 'female', preferredLanguage: 'en' };
    const res = await this.ctx.post('/api/people', { data: body, headers: { 'x-csrf-token': this.csrf } });
    if (res.status() === 201) return res.json();
    const error = await res.json();
    expect(error.code, JSON.stringify(error)).toBe('DUPLICATE_SUSPECTED');
    const reviewedCandidateIds = (error.data?.candidates ?? []).map((c: { person: { id: string } }) => c.person.id);
    return this.post('/api/people', { ...body, confirmedNotDuplicate: true, notDuplicateReason: 'test fixture: a new, distinct person', reviewedCandidateIds }, [201]);
  }

  async openCase(input: { primaryPersonId: string; unitId: string; programCode?: string; confidentiality?: string[] }): Promise<{ id: string; caseNumber: string }> {
    return this.post('/api/cases', { programCode: 'general_services', ...input }, [201]);
  }

  async dispose() {
    await this.ctx.dispose();
  }
}
