import { test, expect, request as playwrightRequest } from '@playwright/test';
import { DEMO_PASSWORD, DemoApi, expectAccessible, signIn, uniqueWord } from './support';

/** PATCH through the API as a demo user (support.ts's DemoApi has no patch). */
async function patchAs(baseURL: string, username: string, path: string, data: unknown) {
  const ctx = await playwrightRequest.newContext({ baseURL });
  const login = await ctx.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  const res = await ctx.patch(path, { data, headers: { 'x-csrf-token': (await login.json()).csrfToken } });
  expect(res.status(), await res.text()).toBe(200);
  await ctx.dispose();
}

test('a worker types a misspelled name and finds the person', async ({ page, baseURL }) => {
  const last = uniqueWord('Montoya');
  const api = await DemoApi.as(baseURL!, 'cm2');
  const person = await api.registerPerson('Fernanda', last, '1983-07-21');
  await api.dispose();

  await signIn(page, 'cm2');
  await page.goto('/people');
  // One letter dropped from the given name, the last two letters of the surname swapped; no date of birth.
  const typo = `Fernnda ${last.slice(0, -2)}${last.slice(-1)}${last.slice(-2, -1)}`;
  await page.getByLabel('Name', { exact: true }).fill(typo);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('link', { name: `Fernanda ${last}` })).toHaveAttribute('href', `/people/${person.id}`);
  await expectAccessible(page);
});

test('a duplicate is found by the detection job, merged with chosen values, then unmerged', async ({ page, baseURL }) => {
  const last = uniqueWord('Archibeque');
  const api = await DemoApi.as(baseURL!, 'supervisor');
  const first = await api.post<{ id: string }>('/api/people', { firstName: 'Evangelina', lastName: last, dob: '1975-05-06', ssn: '921-55-3131', sex: 'female' }, [201]);
  // A second registration that did not look alike when it was made (another worker, a placeholder name and date),
  // corrected later: search-before-create did not stop it, the duplicate job must find it.
  const second = await api.post<{ id: string }>('/api/people', { firstName: 'Zuleika', lastName: last, dob: '2001-01-01', sex: 'female', preferredLanguage: 'es' }, [201]);
  await api.dispose();
  await patchAs(baseURL!, 'supervisor', `/api/people/${second.id}`, { firstName: 'Evangelina', dob: '1975-05-06', recordFormerName: false });

  await signIn(page, 'supervisor');
  await page.getByRole('link', { name: 'Possible duplicates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Possible duplicates' })).toBeVisible();
  await page.getByRole('button', { name: 'Look for duplicates now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Duplicate detection started' })).toBeVisible();

  // The job runs in the background; the queue (narrowed to this person) shows the pair when it is done.
  const pair = page.getByRole('region', { name: new RegExp(`Evangelina ${last} and Evangelina ${last}`) });
  await expect(async () => {
    await page.goto(`/registry/duplicates?person=${first.id}`);
    await expect(pair).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 45_000 });
  await expect(pair.getByText(/date of birth agrees exactly/)).toBeVisible();
  await expectAccessible(page);

  await pair.getByRole('link', { name: 'Same person: merge…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Merge two records' })).toBeVisible();
  // Keep the first record; take the second's preferred language.
  const keepFirst = page.getByRole('radio', { name: new RegExp(`Keep Evangelina ${last} \\(record [AB]\\)`) });
  await expect(keepFirst).toHaveCount(2);
  const languageGroup = page.getByRole('group', { name: 'Preferred language' });
  // USWDS draws its own radio: the input sits off-screen, the label takes the click (as a mouse user would).
  await languageGroup.getByText(/^es \(/).click();
  await expect(languageGroup.getByRole('radio', { name: /^es/ })).toBeChecked();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Merge records' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'State the reason in at least 10 characters.' })).toBeVisible();
  await page.getByLabel('Reason for the merge').fill('Same SSN card and birth date; registered twice by mistake');
  await page.getByRole('button', { name: 'Merge records' }).click();

  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  const survivorId = page.url().split('/').pop()!;
  const mergedId = survivorId === first.id ? second.id : first.id;
  await expect(page.getByRole('heading', { level: 2, name: 'Merges' })).toBeVisible();
  await expectAccessible(page);

  // The merged-away record points at the survivor.
  await page.goto(`/people/${mergedId}`);
  await expect(page.getByText('This record was merged into another person.')).toBeVisible();
  await page.getByRole('link', { name: 'Open the surviving record' }).click();
  await expect(page).toHaveURL(new RegExp(`/people/${survivorId}$`));

  await page.getByRole('button', { name: 'Undo this merge…' }).click();
  await page.getByLabel('Why undo the merge?').fill('Checked again: these are two different people');
  await page.getByRole('button', { name: 'Undo merge' }).click();
  await expect(page.getByText('Merge undone. Both records are separate again.')).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/people/${mergedId}`);
  await expect(page.getByRole('heading', { level: 1, name: `Evangelina ${last}` })).toBeVisible();
  await expect(page.getByText('This record was merged into another person.')).toHaveCount(0);
});
