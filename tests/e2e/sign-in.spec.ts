import { test, expect } from '@playwright/test';
import { expectAccessible, signIn } from './support';

test('a caseworker signs in and lands on their worklist', async ({ page }) => {
  await page.goto('/signin');
  await expectAccessible(page);
  await signIn(page, 'cm2');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);
});

test('a wrong password is refused with a readable message', async ({ page }) => {
  await page.goto('/signin');
  await page.getByLabel('Username').fill('cm2');
  await page.getByLabel('Password', { exact: true }).fill('wrong password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/not correct/i).first()).toBeVisible();
});
