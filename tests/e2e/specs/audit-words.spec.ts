/**
 * The audit trail in words: an administrator filters it by person and by change, and reads
 * each change as a sentence with the record's name and a link to it.
 */
import { expect, test } from '@playwright/test';
import { graphql } from '../support/api.ts';

const person = {
  email: 'audited.person@example.test',
  name: 'Avery Audited',
  password: 'audited person password',
};

// Generous: the machine these run on is shared and slow to answer at times.
test.describe.configure({ timeout: 120_000 });

test.beforeAll(async ({ request }) => {
  const created = await graphql(
    request,
    `
      mutation ($input: CreateAccountInput!) {
        createAccount(input: $input) {
          __typename
        }
      }
    `,
    { input: { ...person, roles: [] } },
  );
  expect(created.createAccount.__typename).toBe('MutationCreateAccountSuccess');
  // The person signs in: a change of theirs, not the administrator's.
  await graphql(
    request,
    `
      {
        viewer {
          name
        }
      }
    `,
    {},
    person,
  );
});

test('the audit trail filtered by person shows only their changes, in words', async ({ page }) => {
  await page.goto('/admin/audit');
  const rows = page.locator('[data-qa="audit"] tbody tr');
  await expect(rows.filter({ hasText: 'Created an account' }).first()).toContainText(
    'Account: Avery Audited',
  );
  await expect(page.locator('[data-qa="audit"]')).not.toContainText('createAccount');

  await page.getByLabel('Person').selectOption({ label: `${person.name} (${person.email})` });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/person=/);
  await expect(rows.first()).toContainText('Signed in');
  for (const row of await rows.all()) await expect(row).toContainText(person.name);

  await page.goto('/admin/audit');
  await page.getByLabel('Change').selectOption({ label: 'Created an account' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/action=createAccount/);
  for (const row of await rows.all()) await expect(row).toContainText('Created an account');
  await rows.first().getByRole('link', { name: person.name }).click();
  await expect(page).toHaveURL(/\/admin\/accounts\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(person.name);
});
