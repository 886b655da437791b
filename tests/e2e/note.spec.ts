import { test, expect } from '@playwright/test';
import { DemoApi, expectAccessible, signIn, uniqueWord } from './support';

test('a caseworker adds a contact note to a case and sees it in the notes and the timeline', async ({ page, baseURL }) => {
  const api = await DemoApi.as(baseURL!, 'cm2');
  const person = await api.registerPerson('Teodora', uniqueWord('Vallejo'));
  const c = await api.openCase({ primaryPersonId: person.id, unitId: api.user.unitIds[0]! });
  await api.dispose();
  const narrative = `Home visit: ${uniqueWord('ref')} — the family has moved to the new apartment and the lease is signed.`;

  await signIn(page, 'cm2');
  await page.goto(`/cases/${c.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Case ${c.caseNumber}` })).toBeVisible();
  await page.getByRole('tab', { name: 'Notes' }).click();
  await expect(page.getByText('No notes yet.')).toBeVisible();
  const form = page.getByRole('form', { name: 'Add a note' });
  await form.getByLabel('Type of contact').selectOption('home_visit');
  await form.getByLabel(/Subject/).fill('Move-in check');
  await form.getByLabel('Note', { exact: true }).fill(narrative);
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(form.getByText('Note saved.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /Home visit · .* · Move-in check/ })).toBeVisible();
  await expect(page.getByText(narrative)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByRole('table', { name: 'Timeline, newest first' })).toBeVisible();
  await expectAccessible(page);
});
