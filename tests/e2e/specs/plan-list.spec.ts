/**
 * The plans list as an agency's editor works from it: only the plans it may see, filtered,
 * sorted and downloaded as CSV, without JavaScript needed.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { graphql, mutate } from '../support/api.ts';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const editor = {
  email: 'plans-list-editor@example.test',
  name: 'Ed Cleveland',
  password: 'plans list editor password',
};

test('an agency editor filters, sorts and downloads its plans', async ({ browser, request }) => {
  const { agencies, inspectorates } = await graphql(
    request,
    `
      {
        agencies(first: 100, filter: { kinds: [POLICE_FORCE] }) {
          edges {
            node {
              id
              name
            }
          }
        }
        inspectorates {
          id
          shortName
        }
      }
    `,
  );
  const force = (name: string) =>
    agencies.edges.find((edge: { node: { name: string } }) => edge.node.name === name).node;
  const hmicfrs = inspectorates.find((i: { shortName: string }) => i.shortName === 'HMICFRS').id;
  const open = async (agency: string, title: string) => {
    const escalation = await mutate(
      request,
      'recordEscalation',
      {
        kind: 'ENHANCED_MONITORING',
        agencyId: force(agency).id,
        inspectorateId: hmicfrs,
        issuedOn: '2026-10-01',
        summary: `${agency}: concerns about how victims are kept informed.`,
      },
      'id',
    );
    await mutate(request, 'openActionPlan', {
      agencyId: force(agency).id,
      reason: 'ESCALATION',
      escalationId: escalation.id,
      reviewingInspectorateId: hmicfrs,
      title,
      summary: `How ${agency} will keep victims informed.`,
    });
  };
  await open('Cleveland Police', 'Zeta: Cleveland victims’ updates');
  await open('Cleveland Police', 'Alpha: Cleveland victims’ callbacks');
  await open('Gwent Police', 'Gwent victims’ callbacks');
  await mutate(
    request,
    'createAccount',
    { ...editor, roles: [{ role: 'AGENCY_EDITOR', organisationId: force('Cleveland Police').id }] },
    'id',
  );

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(editor.email);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${editor.name}`)).toBeVisible();

  await page.goto('/act');
  const rows = page.locator('[data-qa="plans"] tbody tr');
  // Another force's draft is not this editor's to see.
  await expect(page.locator('[data-qa="plans"]')).not.toContainText('Gwent');

  await page.getByLabel('Title or agency contains').fill('callbacks');
  await page.getByLabel('Draft').check();
  await page.getByLabel('Sort by').selectOption('TITLE');
  await page.getByRole('button', { name: 'Show plans' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Alpha: Cleveland victims’ callbacks');
  await expect(rows.first()).toContainText('The agency');

  await page.getByLabel('Title or agency contains').fill('Cleveland');
  await page.getByRole('button', { name: 'Show plans' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Alpha');
  await expect(rows.nth(1)).toContainText('Zeta');
  expect(page.url()).toContain('sort=TITLE');

  const csvHref = await page
    .getByRole('link', { name: 'Download these plans (CSV)' })
    .getAttribute('href');
  const csv = await (await page.request.get(csvHref!)).text();
  const lines = csv.trim().split('\n');
  expect(lines[0]).toBe('title,agency,status,waiting_on,reviewed_by,laid_by');
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([
    'Alpha: Cleveland victims’ callbacks',
    'Zeta: Cleveland victims’ updates',
  ]);

  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations).toEqual([]);
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/plan-list-${width}.png`, fullPage: true });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `the plans list at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await context.close();
});
