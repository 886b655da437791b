import { test, expect } from '@playwright/test';
import { DemoApi, expectAccessible, signIn, uniqueWord } from './support';

test('a caseworker searches for a person, finds no one, registers them and finds them afterwards', async ({ page }) => {
  const last = uniqueWord('Quillan');
  await signIn(page, 'cm2');
  // "/" jumps to person search from anywhere.
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await expectAccessible(page);

  await page.getByLabel('Name', { exact: true }).fill(`Odalys ${last}`);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByText('No one matched. Check the spelling or register a new person.')).toBeVisible();

  await page.getByRole('button', { name: 'Register a new person' }).click();
  const form = page.getByRole('form', { name: 'Register a new person' });
  await form.getByLabel('First name').fill('Odalys');
  await form.getByLabel('Last name').fill(last);
  await form.getByLabel('Date of birth').fill('1979-11-02');
  await form.getByLabel('Preferred language').selectOption('es');
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Register a new person' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Odalys ${last}` })).toBeVisible();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Nov 2, 1979')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Person search' }).click();
  await page.getByLabel('Name', { exact: true }).fill(`odalys ${last.toLowerCase()}`);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByText('1 person found')).toBeVisible();
  await expect(page.getByRole('link', { name: `Odalys ${last}` })).toBeVisible();
  await expectAccessible(page);
});

test('registering someone who matches an existing person shows the match; "not the same person" needs a reason and registers', async ({ page, baseURL }) => {
  const last = uniqueWord('Brennick');
  const api = await DemoApi.as(baseURL!, 'cm2');
  const existing = await api.registerPerson('Marisol', last, '1991-03-14');
  await api.dispose();

  await signIn(page, 'cm2');
  await page.goto('/people');
  await page.getByRole('button', { name: 'Register a new person' }).click();
  const form = page.getByRole('form', { name: 'Register a new person' });
  await form.getByLabel('First name').fill('Marisol');
  await form.getByLabel('Last name').fill(last);
  await form.getByLabel('Date of birth').fill('1991-03-14');
  await form.getByRole('button', { name: 'Register a new person' }).click();

  await expect(page.getByRole('heading', { name: 'This person may already be registered' })).toBeFocused();
  const matches = page.getByRole('table', { name: 'Possible matches' });
  await expect(matches.getByRole('link', { name: `Marisol ${last}` })).toHaveAttribute('href', `/people/${existing.id}`);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'This is someone else: register anyway' }).click();
  await expect(page.getByRole('link', { name: 'Give a reason of at least 10 characters.' })).toBeVisible();
  await page.getByLabel('Why is this someone else?').fill('Different mother on the birth certificate; not the same Marisol.');
  await page.getByRole('button', { name: 'This is someone else: register anyway' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Marisol ${last}` })).toBeVisible();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  expect(page.url()).not.toContain(existing.id);
  await expectAccessible(page);
});
