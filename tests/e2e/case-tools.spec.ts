import { test, expect } from '@playwright/test';
import { DemoApi, expectAccessible, signIn, uniqueWord } from './support';

test('a supervisor starts a regulatory clock, records an override, views the case as of a date and corrects the person', async ({ page, baseURL }) => {
  const api = await DemoApi.as(baseURL!, 'supervisor');
  const unit = await api.unitNamed('Eligibility North');
  const last = uniqueWord('Arredondo');
  const person = await api.registerPerson('Evangelina', last);
  const c = await api.openCase({ primaryPersonId: person.id, unitId: unit.id, programCode: 'snap' });
  await api.dispose();

  await signIn(page, 'supervisor');
  await page.goto(`/cases/${c.id}?tab=tasks`);
  await expect(page.getByRole('heading', { level: 1, name: `Case ${c.caseNumber}` })).toBeVisible();
  const clockForm = page.getByRole('form', { name: 'Start a clock' });
  await clockForm.getByLabel('Clock', { exact: true }).selectOption({ label: 'SNAP expedited service (7 days)' });
  await expect(clockForm.getByText('7 CFR 273.2(i)(3)')).toBeVisible();
  await expectAccessible(page);
  await clockForm.getByRole('button', { name: 'Start a clock' }).click();
  await expect(page.getByText(/^Clock started: SNAP expedited service \(7 days\), due /)).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /SNAP expedited service \(7 days\)/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('tab', { name: 'Overview' }).click();
  const override = page.getByRole('form', { name: 'Override' });
  await override.getByRole('button', { name: 'Record the override' }).click();
  await expect(override.getByRole('link', { name: 'Give the reason for the override.' })).toBeVisible();
  await override.getByLabel('What is overridden').fill('Expedited 7-day deadline');
  await override.getByLabel('Reason').fill('Household asked for an interpreter; the interview was moved by the agency');
  await override.getByRole('button', { name: 'Record the override' }).click();
  await expect(override.getByText('Override recorded.')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Case ${c.caseNumber} on `) })).toBeVisible();
  await expect(page).toHaveURL(/\/as-of\?date=\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByText(/^Read-only: the case as it stood at the end of/)).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'SNAP expedited service (7 days)' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Override: Expedited 7-day deadline' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: `Evangelina ${last}` })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Back to the case as it is now' }).click();
  await page.getByRole('tabpanel').getByRole('link', { name: `Evangelina ${last}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Evangelina ${last}` })).toBeVisible();
  await page.getByRole('button', { name: 'Edit details' }).click();
  const edit = page.getByRole('form', { name: "Edit this person's details" });
  await edit.getByLabel('First name').fill('Evangeline');
  await expect(edit.getByRole('checkbox', { name: /as a former name/ })).toBeChecked();
  await expectAccessible(page);
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Evangeline ${last}` })).toBeVisible();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  await expect(page.getByText(`Evangelina ${last} (former name)`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit details' })).toBeFocused();
  await expectAccessible(page);
});
