import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { extractText, getDocumentProxy } from 'unpdf';
import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, signIn, signOut, uniqueWord } from './support';

/**
 * The eligibility journey in Chromium: a household applies online; a Case Management Coordinator I registers the
 * application, interviews, asks for a pay stub and records it, determines SNAP and Medicaid (sent to review); a
 * supervisor approves; the approval notice PDF is read back; a change of income is a reduction with advance notice.
 *
 * This journey runs its own server, for two reasons found on this machine (see the web README):
 * - The SNAP parameters in packages/rules cover 2023-10-01 to 2026-09-30, and the machine's date is later, so the
 *   server's clock is set to a day inside that coverage (ELIG_E2E_DATE, default 2026-08-17 10:00 Denver) by shifting
 *   Date in the server process only (NODE_OPTIONS --import). Everything else runs unchanged.
 * - On PGlite with the demo agency seeded, any pg_trgm operator hangs (person registration and search block the whole
 *   server), so this journey runs on PostgreSQL: a fresh database on DATABASE_URL's server (default the local PG 15),
 *   dropped afterwards.
 */
const DATE = process.env.ELIG_E2E_DATE ?? '2026-08-17T16:00:00Z';
const PORT = Number(process.env.ELIG_E2E_PORT ?? 3231);
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const BASE = `http://127.0.0.1:${PORT}`;

const SHIFT = `const T=Date.parse(${JSON.stringify(DATE)});const R=Date;const d=T-R.now();class S extends R{constructor(...a){if(a.length===0)super(R.now()+d);else super(...a)}static now(){return R.now()+d}}globalThis.Date=S;`;

let server: ChildProcess | null = null;
let dbName = '';
let dataDir = '';
let serverLog = '';

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: BASE });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dbName = `hearth_e2e_elig_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  dataDir = mkdtempSync(path.join(tmpdir(), 'hearth-e2e-elig-'));
  server = spawn(process.execPath, ['apps/cli/bin/hearth.js', 'serve'], {
    env: {
      ...process.env,
      NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(SHIFT)}`,
      DATABASE_URL: url.toString(),
      HEARTH_PORT: String(PORT),
      HEARTH_DATA_DIR: dataDir,
      HEARTH_DEMO: 'true',
      HEARTH_COOKIE_SECURE: 'false',
      HEARTH_LOGIN_ATTEMPTS_PER_MINUTE: '1000',
      HEARTH_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (b) => (serverLog += b));
  server.stderr!.on('data', (b) => (serverLog += b));
  const deadline = Date.now() + 280_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited: ${serverLog.slice(-2000)}`);
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${serverLog.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 3000));
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  if (dbName) {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const last = uniqueWord('Quel');
const state: { number?: string; applicationUrl?: string; snapCaseUrl?: string; amount?: string } = {};

async function pdfText(page: Page, href: string): Promise<string> {
  const res = await page.request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/pdf');
  const pdf = await getDocumentProxy(new Uint8Array(await res.body()));
  const { text } = await extractText(pdf, { mergePages: true });
  return text as string;
}

test('a household applies online, on a phone, without signing in', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await page.goto('/signin');
  await page.getByRole('link', { name: 'Apply for benefits' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Apply for food, cash and health coverage' })).toBeVisible();
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  // USWDS draws its own boxes: the real inputs sit off-screen, so people (and this test) click the labels.
  await page.locator('label', { hasText: 'Food help (SNAP)' }).click();
  await page.locator('label', { hasText: 'Health coverage (Medicaid)' }).click();
  await expect(page.getByLabel('Food help (SNAP)')).toBeChecked();
  await page.getByLabel('First name').first().fill('Rosa');
  await page.getByLabel('Last name').first().fill(last);
  await page.getByLabel('Date of birth').first().fill('1988-02-03');
  await page.getByRole('button', { name: 'Add another person' }).click();
  await page.getByLabel('First name').nth(1).fill('Tomas');
  await page.getByLabel('Date of birth').nth(1).fill('2016-05-06');
  await page.getByLabel('How is this person related to you?').selectOption('child');
  await page.getByLabel(/Money your household gets/).fill('1200');
  await page.getByLabel('Cash and money in bank accounts').fill('50');
  await page.getByLabel('Rent or mortgage each month').fill('900');
  await page.getByRole('group', { name: 'Do you pay for heating or cooling?' }).locator('label', { hasText: 'Yes' }).click();
  await page.getByLabel(/Phone number/).fill('303-555-0100');
  await page.getByLabel('Type your full name').fill(`Rosa ${last}`);
  await page.locator('label', { hasText: 'I promise that my answers are true' }).click();
  await expect(page.getByLabel(/I promise that my answers are true/)).toBeChecked();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Send my application' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'We got your application' })).toBeVisible();
  const numberText = await page.getByText(/Your application number is/).textContent();
  state.number = /number is (\S+)\./.exec(numberText ?? '')?.[1];
  expect(state.number).toMatch(/^A\d+$/);
  await expect(page.getByText('Your filing date is Aug 17, 2026.', { exact: false })).toBeVisible();
  await expect(page.getByText(/within 30 days of your filing date: by Sep 16, 2026/)).toBeVisible();
  await expect(page.getByText(/7 days/)).toBeVisible();
  await expect(page.getByText(/Medicaid\), we must decide within 45 days: by Oct 1, 2026/)).toBeVisible();
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('a Case Manager I registers it, interviews, asks for a pay stub, records it and determines SNAP and Medicaid', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'cmc1');
  await page.getByRole('link', { name: 'Eligibility intake' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Online applications to register' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: state.number! }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Application ${state.number}` })).toBeVisible();
  state.applicationUrl = page.url();

  await page.getByRole('button', { name: `Find or register Rosa ${last}` }).click();
  await expect(page.getByText('Linked to the registry')).toHaveCount(1);
  await page.getByRole('button', { name: `Find or register Tomas ${last}` }).click();
  await expect(page.getByText('Linked to the registry')).toHaveCount(2);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Register application and open cases' }).click();
  await expect(page.getByRole('tablist', { name: 'Application sections' })).toBeVisible();
  await expect(page.getByText(/SNAP application processing \(30 days\) due Sep 16, 2026/)).toBeVisible();
  await expect(page.getByText(/SNAP expedited service \(7 days\) due Aug 24, 2026/)).toBeVisible();
  await expect(page.getByText(/Medicaid application processing \(45 days\) due Oct 1, 2026/)).toBeVisible();

  // Guided interview: household → income → expenses → resources.
  await expect(page.getByRole('heading', { level: 2, name: /Household/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Next: Income' }).click();
  const earned = page.getByRole('form', { name: 'Earnings from work' });
  await earned.getByLabel(/Employer/).fill('Acme Foods');
  await earned.getByLabel('Monthly amount (dollars)').fill('1200');
  await earned.getByRole('button', { name: 'Add: Earnings from work' }).click();
  await expect(earned.getByText('Earnings from work saved.')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: `Earnings — Rosa ${last}, Acme Foods` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Next: Expenses' }).click();
  const expense = page.getByRole('form', { name: 'Expense' });
  await expense.getByLabel('Kind of expense').selectOption('rent');
  await expense.getByLabel('Monthly amount (dollars)').fill('900');
  await expense.getByLabel('Source').selectOption('lease');
  await expense.getByLabel('Verification').selectOption('verified');
  await expense.getByRole('button', { name: 'Add: Expense' }).click();
  await expect(expense.getByText('Expense saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Next: Resources' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Resources/ })).toBeVisible();
  await expectAccessible(page);

  // Evidence: ask for a pay stub for the earnings.
  await page.getByRole('tab', { name: 'Evidence' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `Earnings — Rosa ${last}, Acme Foods` }) });
  await expect(row.getByRole('cell', { name: 'Not verified' })).toBeVisible();
  await row.getByRole('button', { name: /Request proof/ }).click();
  const ask = page.getByRole('form', { name: 'Request proof' });
  await ask.getByLabel(/What proof is needed/).fill('A pay stub from Acme Foods for August');
  await expect(ask.getByLabel('Due date')).toHaveValue('2026-08-27');
  await ask.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByText('Proof requested: A pay stub from Acme Foods for August. Due Aug 27, 2026.', { exact: false })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Proof requested' })).toBeVisible();
  await expectAccessible(page);

  // The pay stub arrives.
  await page.getByRole('tab', { name: 'Verification' }).click();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'A pay stub from Acme Foods for August' }) });
  await expect(card.getByText('Waiting')).toBeVisible();
  await expect(card.getByText('Aug 27, 2026')).toBeVisible();
  await card.getByLabel('Kind of proof received').selectOption('pay_stub');
  await card.getByRole('button', { name: /Record proof received/ }).click();
  await expect(page.getByText('Proof recorded: A pay stub from Acme Foods for August. The item is now verified.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('tab', { name: 'Evidence' }).click();
  await expect(row.getByRole('cell', { name: 'Verified', exact: true })).toBeVisible();
  await row.getByRole('button', { name: /Show history/ }).click();
  const history = page.getByRole('table', { name: /Every version of Earnings/ });
  await expect(history.getByRole('row')).toHaveCount(4); // header + unverified, requested, verified
  await expect(history.getByRole('cell', { name: 'Pay stub', exact: true })).toBeVisible();
  await expectAccessible(page);

  // Determine SNAP and Medicaid: a Case Manager I's decisions go to review.
  await page.getByRole('tab', { name: 'Determine' }).click();
  const snap = page.getByRole('region', { name: 'SNAP (food assistance)' });
  await snap.getByRole('button', { name: 'Determine SNAP' }).click();
  await expect(snap.getByText('Sent to review. A lead worker or supervisor approves it before it takes effect.')).toBeVisible();
  const aug = snap.getByRole('region', { name: 'Benefit month August 2026' });
  await expect(aug.getByRole('row', { name: /Amount \$\d/ })).toBeVisible();
  await expect(aug.getByText('Eligible for SNAP.', { exact: true })).toBeVisible();
  const medicaid = page.getByRole('region', { name: 'Medicaid' });
  await medicaid.getByRole('button', { name: 'Determine Medicaid' }).click();
  await expect(medicaid.getByText('Sent to review. A lead worker or supervisor approves it before it takes effect.')).toBeVisible();
  await expect(medicaid.getByText(new RegExp(`Tomas ${last}: eligible for Medicaid`)).first()).toBeVisible();
  await expectAccessible(page);
  await signOut(page);
});

test('a supervisor approves the SNAP decision: it takes effect and the ledger shows the month', async ({ page }) => {
  await signIn(page, 'supervisor');
  await page.getByRole('link', { name: 'Review queue' }).click();
  const item = page.getByRole('listitem').filter({ hasText: 'SNAP (food assistance) — approve' }).filter({ hasText: 'Alex Romero' }).first();
  await expect(item).toBeVisible();
  await expectAccessible(page);
  await item.getByRole('link', { name: /Open the eligibility decision/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SNAP decision' })).toBeVisible();
  await expect(page.getByText('Sent to review', { exact: true })).toBeVisible();
  const amount = (await page.getByRole('region', { name: 'Benefit month August 2026' }).getByRole('row', { name: /Amount/ }).getByRole('cell').textContent())!.trim();
  expect(amount).toMatch(/^\$\d+\.\d\d$/);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Approve decision' }).click();
  await expect(page.getByText('Decision approved. It takes effect now: benefits, certification and notice.')).toBeVisible();
  await expect(page.getByText('Approved', { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Benefits, changes and notices for this case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SNAP benefits' })).toBeVisible();
  state.snapCaseUrl = page.url();
  state.amount = amount;
  await expect(page.getByRole('img', { name: 'Benefits by month, chart' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Benefits by month/ }).getByRole('row', { name: new RegExp(`August 2026 .*${amount.replace('$', '\\$')}$`) })).toBeVisible();
  await expectAccessible(page);
});

test('a change of income is a reduction with advance notice; the notices and the hearing packet', async ({ page }) => {
  await signIn(page, 'supervisor');
  await page.goto(state.snapCaseUrl!);
  const change = page.getByRole('form', { name: 'Report a change of income' });
  await change.getByLabel('New monthly amount (dollars)').fill('1800');
  await change.getByLabel('Date of the change').fill('2026-09-01');
  await change.getByLabel('What changed').fill('More hours at Acme Foods');
  await change.getByRole('button', { name: 'Report change' }).click();
  const cmp = page.getByRole('table', { name: 'Each affected month: before the change and after it' });
  await expect(cmp).toBeVisible();
  const sep = cmp.getByRole('row', { name: /September 2026/ });
  const [before, after] = [await sep.getByRole('cell').nth(0).textContent(), await sep.getByRole('cell').nth(1).textContent()];
  expect(Number(after!.replace(/[$,]/g, ''))).toBeLessThan(Number(before!.replace(/[$,]/g, '')));
  await expect(page.getByRole('alert').filter({ hasText: 'This is a reduction. The household gets advance notice' })).toContainText('after the notice period ends on Aug 27, 2026');
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'SNAP benefits' })).toBeVisible();

  // The hearing packet for this case: one PDF with each determination's explanation, trace values and rules version.
  const packet = page.getByRole('form', { name: 'Hearing or inquiry packet' });
  // As of a day after everything above: decisions are stamped with the database's now() (the real date), not the
  // server's shifted clock this journey runs on.
  await packet.getByLabel('As of').fill('2026-12-31');
  await packet.getByRole('button', { name: 'Build packet' }).click();
  const download = page.getByRole('link', { name: /Download the packet as of/ });
  await expect(download).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
  const bytes = await page.evaluate(async (href) => Array.from(new Uint8Array(await (await fetch(href)).arrayBuffer())), (await download.getAttribute('href'))!);
  const packetPdf = await getDocumentProxy(new Uint8Array(bytes));
  const packetText = (await extractText(packetPdf, { mergePages: true })).text as string;
  expect(packetText).toContain('Trace values');
  expect(packetText).toContain('Gross monthly income');
  expect(packetText).toMatch(/\d{4}\.\d+\.\d+\+/); // the rules version
  expect(packetText).toMatch(/income: More hours\s+at Acme Foods/); // the reported change (a table cell may wrap)
});

// Known gap (issue 5): eligibility records its notice requests but the composition root does not yet hand them to
// the notices module (no NoticePort in buildServer), so no notice is issued for a decision or a change. Un-fixme this
// when the port is wired: it is the journey's "approval notice PDF shows the right amount and reasons" step.
test.fixme('the approval notice PDF shows the amount and the reasons; the reduction is listed with its advance notice', async ({ page }) => {
  await signIn(page, 'supervisor');
  await page.goto(state.snapCaseUrl!);
  await expect(page.getByRole('heading', { level: 1, name: 'SNAP benefits' })).toBeVisible();
  const pdfLink = page.getByRole('link', { name: /PDF: approval notice/ });
  await expect(pdfLink).toBeVisible();
  const text = await pdfText(page, (await pdfLink.getAttribute('href'))!);
  expect(text).toContain(state.amount!);
  expect(text).toMatch(/eligible for SNAP/i); // the reason, from the determination's trace
  await expect(page.getByRole('link', { name: /PDF: reduction or closure \(advance notice\) notice/ })).toBeVisible();
});
