import { test, expect } from '@playwright/test';
import { DemoApi, expectAccessible, signIn, signOut, uniqueWord } from './support';

test("a worker is refused a restricted case outside their caseload, breaks the glass with a reason, and the auditor sees it in the access log", async ({ page, baseURL }) => {
  // A sealed case in Case Management North; cm4 works in Case Management South.
  const api = await DemoApi.as(baseURL!, 'supervisor');
  const north = await api.unitNamed('Case Management North');
  const person = await api.registerPerson('Anselma', uniqueWord('Quintero'));
  const c = await api.openCase({ primaryPersonId: person.id, unitId: north.id, confidentiality: ['sealed'] });
  await api.dispose();
  const reason = `Covering the on-call line: the client phoned about a court date (${uniqueWord('ref')})`;

  await signIn(page, 'cm4');
  await page.goto(`/cases/${c.id}`);
  const stop = page.getByRole('alert').filter({ hasText: 'Stop: this record needs a reason to open' });
  await expect(stop).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Restricted record' })).toBeVisible();
  await expect(page.getByText(c.caseNumber)).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Break the glass and open' }).click();
  await expect(page.getByRole('link', { name: 'Give a reason of at least 10 characters.' })).toBeVisible();
  await page.getByLabel('Reason for access').fill(reason);
  await page.getByRole('button', { name: 'Break the glass and open' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Case ${c.caseNumber}` })).toBeVisible();
  await expect(page.getByText('You opened this case by breaking the glass. Your access is logged and reviewed.')).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  await signIn(page, 'auditor');
  await page.getByRole('link', { name: 'Audit and access logs' }).click();
  await page.getByRole('tab', { name: 'Record access' }).click();
  await page.getByLabel(/Case ID/).fill(c.id);
  await page.getByRole('button', { name: 'Apply' }).click();
  const log = page.getByRole('table', { name: 'Who opened which record' });
  const entry = log.getByRole('row').filter({ hasText: reason });
  await expect(entry).toHaveCount(1);
  await expect(entry.getByRole('rowheader')).toHaveText('Morgan Chavez');
  await expect(entry.getByText('break_glass')).toBeVisible();
  await expect(entry.getByRole('cell', { name: 'Yes' })).toBeVisible();
  // The read that followed the grant is logged too.
  await expect(log.getByRole('row').filter({ hasText: 'Morgan Chavez' }).filter({ hasText: 'read' }).first()).toBeVisible();
  await expectAccessible(page);
});
