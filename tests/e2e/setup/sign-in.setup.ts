import { expect, test as setup } from '@playwright/test';
import { administrator, administratorState } from '../support/accounts.ts';

/** Signs in once through the sign-in page; the other specs start from this session. */
setup('sign in as the administrator', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(administrator.email);
  await page.getByLabel('Password').fill(administrator.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${administrator.name}`)).toBeVisible();
  await page.context().storageState({ path: administratorState });
});
