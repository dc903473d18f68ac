/**
 * A planner writes scope that reaches judicial decision-making: the page refuses it until the
 * planner says how it concerns the administration of the courts only, then saves it with the
 * functions chosen; the check before agreeing shows the lead the statement.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mutate } from '../support/api.ts';
import { ProgrammePage } from '../pages/planning-pages.ts';

test.describe.configure({ mode: 'serial', timeout: 90_000 });

const programmeTitle = 'Structured scope programme 2026 to 2028';
let programmePath = '';
const statement =
  'Only how HMCTS staff arrange special measures once a court has granted them; never the ruling.';

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function screenshots(page: Page, name: string) {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/${name}-${width}.png`, fullPage: true });
    await axeClean(page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.beforeAll(async ({ request }) => {
  const programme = await mutate(request, 'createProgramme', {
    title: programmeTitle,
    startsOn: '2026-04-01',
    endsOn: '2028-03-31',
  });
  programmePath = `/plan/programmes/${encodeURIComponent(programme.id)}`;
});

test('flagged scope is refused without a statement and saved with one', async ({ page }) => {
  await page.goto(programmePath);
  const programme = await ProgrammePage.verifyOnPage(page, programmeTitle);
  await programme.addInspection({
    title: 'Special measures at court',
    victimsThematic: false,
    theme: 'Vulnerable witnesses at court',
    scope: 'Decisions made by the court on special measures, and how victims are supported.',
    lead: 'HM Inspectorate of Constabulary and Fire & Rescue Services',
    partners: ['HM Crown Prosecution Service Inspectorate'],
    kinds: ['Police forces', 'HM Courts & Tribunals Service'],
    localities: [{ group: 'Police forces', name: 'Cleveland Police' }],
    fieldwork: ['2027-01-11', '2027-02-05'],
  });

  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toContainText(
    'Inspections may never look at judicial decisions or the exercise of judicial discretion',
  );
  await expect(page.locator('#administrationOnlyStatement-error')).toContainText(
    'the scope mentions "Decisions made by the court"',
  );
  // The summary's link takes the planner to the field that answers it.
  await summary.getByRole('link').first().click();
  await expect(
    page.getByLabel('How this concerns the administration of the courts only'),
  ).toBeFocused();
  await expect(page.getByLabel('Title')).toHaveValue('Special measures at court');
  await screenshots(page, 'scope-statement-refused');

  const functions = page.getByRole('group', { name: 'Functions inspected' });
  const courts = functions.getByRole('group', { name: 'HM Courts & Tribunals Service' });
  await courts.getByLabel('Special measures arrangements').check();
  await courts.getByLabel('Witness and victim services').check();
  await functions.getByRole('group', { name: 'Police force' }).getByLabel('Investigation').check();
  await page.getByLabel('How this concerns the administration of the courts only').fill(statement);
  await page.getByRole('button', { name: 'Add the inspection' }).click();
  await ProgrammePage.verifyOnPage(page, programmeTitle);

  await page.getByRole('link', { name: 'Special measures at court' }).first().click();
  // In the list's order: the administrator's, HMCTS's functions first.
  await expect(page.locator('[data-qa="functions-in-scope"] li')).toHaveText([
    'Witness and victim services',
    'Special measures arrangements',
    'Investigation',
  ]);
  await expect(page.getByText(statement)).toBeVisible();
});

test('the check before agreeing shows the lead every administration-only statement', async ({
  page,
}) => {
  await page.goto(programmePath);
  await page.getByRole('button', { name: 'Mark as agreed by the inspectorates' }).click();
  await expect(page.locator('[data-qa="confirm-move"] h2').first()).toHaveText(
    'Check before you agree the programme',
  );
  const statements = page.locator('[data-qa="administration-only-statements"]');
  await expect(statements).toContainText('Special measures at court');
  await expect(statements).toContainText('Flagged: Decisions made by the court');
  await expect(statements).toContainText(statement);
  await screenshots(page, 'scope-statement-check');
});
