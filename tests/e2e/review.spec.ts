import { test, expect } from '@playwright/test';
import { DemoApi, expectAccessible, signIn, signOut, uniqueWord } from './support';

test("a Case Manager I's closure goes to the review queue and a supervisor approves it", async ({ page, baseURL }) => {
  // cm1 (Case Manager I, Case Management North) has an open case of their own.
  const api = await DemoApi.as(baseURL!, 'cm1');
  const person = await api.registerPerson('Leocadia', uniqueWord('Ferrante'));
  const c = await api.openCase({ primaryPersonId: person.id, unitId: api.user.unitIds[0]! });
  await api.post(`/api/cases/${c.id}/status`, { action: 'open' });
  await api.dispose();
  const reason = `Household moved out of the county (${uniqueWord('ref')})`;

  await signIn(page, 'cm1');
  await page.goto(`/cases/${c.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Case ${c.caseNumber}` })).toBeVisible();
  await expect(page.getByText('Your finalizing actions go to a lead worker or supervisor for review before they take effect.')).toBeVisible();
  const status = page.getByRole('form', { name: 'Case status' });
  await status.getByLabel('Action').selectOption('close');
  await status.getByLabel('Reason').fill(reason);
  await status.getByRole('button', { name: 'Change status' }).click();
  await expect(status.getByText(/^Sent to review\./)).toBeVisible();
  await expect(page.getByText(`Waiting for review: Closure — ${reason}`)).toBeVisible();
  await expect(page.getByRole('tabpanel').getByRole('definition').getByText('Open', { exact: true })).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  await signIn(page, 'supervisor');
  await page.getByRole('link', { name: 'Review queue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Closure — ${c.caseNumber}` }) });
  await expect(item).toBeVisible();
  await expect(item.getByText(reason)).toBeVisible();
  await expect(item.getByText(/Submitted by Casey Ortiz/)).toBeVisible();
  await expectAccessible(page);
  await item.getByLabel(/Comment/).fill('Confirmed the new address with the household.');
  await item.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText(`Approved the closure on case ${c.caseNumber}.`)).toBeVisible();
  await expect(page.getByRole('heading', { name: `Closure — ${c.caseNumber}` })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(`/cases/${c.id}`);
  const overview = page.getByRole('tabpanel');
  await expect(overview.getByRole('definition').getByText('Closed', { exact: true })).toBeVisible();
  await expect(overview.getByText(new RegExp(reason.replace(/[()]/g, '\\$&')))).toBeVisible();
  await expectAccessible(page);
});
