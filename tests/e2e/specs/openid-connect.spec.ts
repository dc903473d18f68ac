/**
 * Signing in through the organisation's identity provider, in a browser, against the local
 * OpenID Connect provider the test run starts (its development login and consent pages take
 * any login name; here the login name is the person's verified email address).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { graphql } from '../support/api.ts';

test.describe.configure({ mode: 'serial' });

const person = { email: 'oidc-editor@example.test', name: 'Oli Provider' };

/** A fresh browser with nobody signed in, sent to the provider from the sign-in page and signed in there as `login`. */
async function signInThroughProvider(
  browser: Browser,
  login: string,
  startAt = '/act',
): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(startAt);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole('link', { name: 'Sign in with Test sign-in' }).click();
  // The provider's own pages.
  await page.locator('input[name="login"]').fill(login);
  await page
    .locator('input[name="password"]')
    .fill('any password: the test provider does not check it');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  return page;
}

test('an administrator’s account holder signs in through the identity provider and lands where they were going', async ({
  browser,
  request,
}) => {
  const { agencies } = await graphql(
    request,
    `
      {
        agencies(first: 50, filter: { kinds: [POLICE_FORCE] }) {
          edges {
            node {
              id
              name
            }
          }
        }
      }
    `,
  );
  const cumbria = agencies.edges.find(
    (edge: { node: { name: string } }) => edge.node.name === 'Cumbria Constabulary',
  ).node.id;
  const created = await graphql(
    request,
    `
      mutation ($input: CreateAccountInput!) {
        createAccount(input: $input) {
          __typename
          ... on Error {
            message
          }
        }
      }
    `,
    { input: { ...person, roles: [{ role: 'AGENCY_EDITOR', organisationId: cumbria }] } },
  );
  expect(created.createAccount.__typename, JSON.stringify(created)).toBe(
    'MutationCreateAccountSuccess',
  );

  const page = await signInThroughProvider(browser, person.email);
  await expect(page).toHaveURL(/\/act$/);
  await expect(page.getByText(`Signed in as ${person.name}`)).toBeVisible();

  // Signing in again finds the same account by its linked identity.
  const again = await signInThroughProvider(browser, person.email, '/act');
  await expect(again.getByText(`Signed in as ${person.name}`)).toBeVisible();
});

test('someone with no account is told to ask their administrator, on the sign-in page', async ({
  browser,
}) => {
  const page = await signInThroughProvider(browser, 'stranger@example.test');
  await expect(page).toHaveURL(/\/sign-in\?openid=failed/);
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText(
    'No account for stranger@example.test: ask your administrator to create one.',
  );
  await expect(page.getByText('Signed in as')).toHaveCount(0);
  expect(
    (
      await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
    ).violations,
  ).toEqual([]);

  // The message is shown once: it is not in the link, and a reload does not repeat it.
  await page.reload();
  await expect(page.locator('.govuk-error-summary')).not.toContainText('stranger@example.test');
});
