import { test, expect } from '@playwright/test';
import { DemoApi, expectAccessible, signIn, uniqueWord } from './support';

test('a caseworker finishes a task from their worklist', async ({ page, baseURL }) => {
  const api = await DemoApi.as(baseURL!, 'cm3');
  const person = await api.registerPerson('Ximena', uniqueWord('Ochoa'));
  const c = await api.openCase({ primaryPersonId: person.id, unitId: api.user.unitIds[0]! });
  const title = `Call the landlord about the lease ${uniqueWord('')}`;
  await api.post(`/api/cases/${c.id}/tasks`, { title, dueOn: new Date().toISOString().slice(0, 10), priority: 'high' }, [201]);
  await api.dispose();

  await signIn(page, 'cm3');
  await page.goto('/worklist');
  await expect(page.getByRole('heading', { level: 1, name: 'My worklist' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toBeVisible();
  await expect(row.getByRole('link', { name: c.caseNumber })).toBeVisible();
  await expectAccessible(page);

  await row.getByRole('button', { name: `Mark complete: ${title}` }).click();
  await expect(page.getByText('Task marked complete.').first()).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toHaveCount(0);
  await expectAccessible(page);
});
