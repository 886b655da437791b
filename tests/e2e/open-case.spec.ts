import { test, expect } from '@playwright/test';
import { DemoApi, expectAccessible, signIn, uniqueWord } from './support';

test('a caseworker opens a case for a person from the person record, then opens it from intake', async ({ page, baseURL }) => {
  const last = uniqueWord('Castellan');
  const api = await DemoApi.as(baseURL!, 'cm2');
  const person = await api.registerPerson('Renata', last);
  await api.registerPerson('Tobias', last, '2012-05-30');
  await api.dispose();

  await signIn(page, 'cm2');
  await page.goto(`/people/${person.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Renata ${last}` })).toBeVisible();
  await page.getByRole('button', { name: 'Open a case' }).click();
  const form = page.getByRole('form', { name: 'Open a case' });
  await expect(form.getByLabel('Unit')).toHaveValue(/.+/);
  await form.getByLabel('Program').selectOption('general_services');
  await form.getByLabel('Complexity').selectOption('3');
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Open the case' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /^Case C\d+$/ })).toBeVisible();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const overview = page.getByRole('tabpanel');
  await expect(overview.getByRole('definition').getByText('Intake', { exact: true })).toBeVisible();
  await expect(overview.getByRole('link', { name: `Renata ${last}` })).toBeVisible();
  await expect(overview.getByText('Jordan Reyes')).toBeVisible();
  await expectAccessible(page);

  const status = page.getByRole('form', { name: 'Case status' });
  await status.getByLabel('Action').selectOption('open');
  await status.getByRole('button', { name: 'Change status' }).click();
  await expect(status.getByText('Case status changed.')).toBeVisible();
  await expect(overview.getByRole('definition').getByText('Open', { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('tab', { name: 'Participants' }).click();
  const add = page.getByRole('form', { name: 'Add a participant' });
  await add.getByLabel('Person', { exact: true }).fill(`Tobias ${last}`);
  await add.getByLabel('Person', { exact: true }).press('Enter');
  await add.getByRole('button', { name: `Choose Tobias ${last}, born May 30, 2012` }).click();
  await add.getByLabel('Role').selectOption('child');
  await expectAccessible(page);
  await add.getByRole('button', { name: 'Add a participant' }).click();
  await expect(add.getByText(`Tobias ${last} added to the case.`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`Tobias ${last}.*Child`) })).toBeVisible();
  await expectAccessible(page);
});
