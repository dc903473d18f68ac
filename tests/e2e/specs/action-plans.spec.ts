import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { graphql } from '../support/api.ts';
import { dateInput, fillDate } from '../support/dates.ts';
import { checkedMoveButtons, goOnAfterCheck } from '../support/checks.ts';

test.describe.configure({ mode: 'serial' });

async function step(page: Page, button: string, fields: Record<string, string> = {}) {
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: button }) });
  for (const [label, value] of Object.entries(fields)) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) await fillDate(dateInput(form, label), value);
    else await form.getByLabel(label).fill(value);
  }
  await form.getByRole('button', { name: button }).click();
  if (checkedMoveButtons.includes(button)) await goOnAfterCheck(page);
}

test('a force rated inadequate drafts a plan that is returned, accepted, laid and published, then reports progress', async ({
  page,
  request,
}) => {
  const csv =
    'agency,framework,area,grade,rated_on,rationale\nWest Mercia Police,PEEL,Treatment of victims,Inadequate,2026-09-01,Victims are not kept informed\n';
  const checked = await graphql(
    request,
    `
      mutation ($input: CheckRatingImportInput!) {
        checkRatingImport(input: $input) {
          ... on MutationCheckRatingImportSuccess {
            data {
              id
            }
          }
        }
      }
    `,
    { input: { fileName: 'west-mercia.csv', csv } },
  );
  await graphql(
    request,
    `
      mutation ($input: DecideRatingImportInput!) {
        acceptRatingImport(input: $input) {
          __typename
        }
      }
    `,
    // A file just checked is at its first version.
    { input: { importId: checked.checkRatingImport.data.id, expectedVersion: 1 } },
  );

  await page.goto('/act');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action plans');
  const owed = page.locator('[data-qa="owed"] tbody tr').filter({ hasText: 'West Mercia Police' });
  await expect(owed).toContainText('1 September 2026');
  await owed.getByRole('link', { name: /Start a plan/ }).click();
  await expect(page.getByText('The Home Secretary will lay it before Parliament')).toBeVisible();
  await page
    .getByLabel('Summary')
    .fill('How West Mercia Police will keep victims informed and supported.');
  await page.getByRole('button', { name: 'Start the draft' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'West Mercia Police action plan on the treatment of victims',
  );

  await page.getByLabel('What will be done').first().fill('Contact every victim within 48 hours');
  await page.getByLabel('Owner').first().fill('Head of public protection');
  await fillDate(dateInput(page, 'Target date').first(), '2027-03-31');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByLabel('What will be done').first()).toHaveValue(
    'Contact every victim within 48 hours',
  );

  await step(page, 'Submit to the inspectorate');
  await step(page, 'Return with comments', {
    'Comments for the agency': 'Say how you will measure contact rates.',
  });
  await expect(page.locator('[data-qa="return-comments"]')).toContainText(
    'Say how you will measure contact rates.',
  );

  await page.getByLabel('What will be done').nth(1).fill('Publish monthly contact rates');
  await page.getByLabel('Owner').nth(1).fill('Performance team');
  await fillDate(dateInput(page, 'Target date').nth(1), '2027-01-31');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await step(page, 'Submit to the inspectorate');
  await step(page, 'Accept the plan');

  await step(page, 'Record laying before Parliament', { 'Date laid': '2026-11-20' });
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'Give the reference of the paper laid',
  );
  await step(page, 'Record laying before Parliament', {
    'Date laid': '2026-11-20',
    'Paper reference': 'CP 4321',
  });
  await expect(page.locator('.govuk-summary-list')).toContainText(
    'Home Secretary on 20 November 2026 (CP 4321)',
  );

  await step(page, 'Record publication', {
    'Date published': '2026-11-23',
    'Public web address': 'https://www.westmercia-pcc.gov.uk/plan',
  });
  await expect(page.locator('.govuk-summary-list')).toContainText(
    'by West Mercia Police and Crime Commissioner',
  );

  const action = page
    .locator('.govuk-summary-card')
    .filter({ hasText: 'Contact every victim within 48 hours' });
  await action.locator('summary', { hasText: 'Record progress' }).click();
  await action
    .getByLabel('What has happened')
    .fill('81% of victims contacted within 48 hours in October.');
  await action.getByLabel('Link to evidence (optional)').fill('https://www.example.org/october');
  await action.getByLabel('Status').selectOption({ label: 'In progress' });
  await action.getByRole('button', { name: 'Record progress' }).click();
  await expect(
    page.locator('.govuk-summary-card').filter({ hasText: 'Contact every victim within 48 hours' }),
  ).toContainText('81% of victims contacted within 48 hours in October.');

  await expect(page.locator('[data-qa="plan-history"] li')).toHaveText([
    /^Draft on .* by /,
    /^Submitted on/,
    /^Returned for revision on .*: Say how you will measure contact rates\.$/,
    /^Submitted on/,
    /^Accepted on/,
    /^Laid before Parliament on/,
    /^Published on/,
  ]);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations).toEqual([]);
});
