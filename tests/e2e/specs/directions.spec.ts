/**
 * A direction is joint. The Home Secretary's office records a direction of timing with its own
 * minister's agreement; recording it as given by one minister alone is refused on the field.
 * The administrator records the Lord Chancellor's and the Attorney General's agreements with
 * the day each agreed; the direction is then given, and its date is a deadline in Deadlines.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { graphql, mutate } from '../support/api.ts';
import { dateInput, fillDate } from '../support/dates.ts';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const office = {
  email: 'directions-home-office@example.test',
  name: 'Hana Home Office',
  password: 'directions home office password',
};
const reference = `DIR-${Date.now().toString(36).toUpperCase()}`;
/** Today in the UK, as the service counts days. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
const shots = process.env.E2E_SCREENSHOTS;

async function expectAxeClean(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations, what).toEqual([]);
}

async function look(page: Page, name: string) {
  if (!shots) return;
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function signedInAs(browser: Browser, person: typeof office): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${person.name}`)).toBeVisible();
  return page;
}

const card = (page: Page) => page.locator('[data-qa="direction"]', { hasText: reference });

test('the Home Secretary’s office records a direction of timing, refused as given alone', async ({
  browser,
  request,
}) => {
  const { ministers } = await graphql<{ ministers: Array<{ id: string; title: string }> }>(
    request,
    '{ ministers { id title } }',
  );
  const homeSecretary = ministers.find((m) => m.title === 'Home Secretary')!.id;
  await mutate(
    request,
    'createAccount',
    { ...office, roles: [{ role: 'MINISTER_OFFICE', organisationId: homeSecretary }] },
    'id',
  );
  const page = await signedInAs(browser, office);
  await page.goto('/plan/directions');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ministerial directions' }),
  ).toBeVisible();
  await expectAxeClean(page, 'directions page, minister’s office');
  // The office may record its own minister's agreement only.
  await expect(dateInput(page, /^Date the Home Secretary agreed/)).toBeVisible();
  await expect(dateInput(page, /^Date the Attorney General agreed/)).toHaveCount(0);

  // The form that records a new direction (each direction's own correction form has a Title too).
  const record = page.locator('form[action="?/record"]');
  await record.getByLabel('Reference').fill(reference);
  await record.getByLabel('Title', { exact: true }).fill('A programme for 2037 to 2039');
  await record.getByLabel('When a programme is prepared').check();
  await fillDate(dateInput(record, 'Date drafted'), today);
  // Years no other journey plans for, so that no programme of theirs meets it.
  await fillDate(dateInput(record, 'In force from'), '2037-04-01');
  await fillDate(dateInput(record, 'A programme to be agreed by'), '2037-04-01');
  await record
    .getByLabel('What the direction says')
    .fill('The inspectorates shall agree a joint programme for 2037 to 2039 by 1 April 2037.');
  await fillDate(dateInput(record, /^Date the Home Secretary agreed/), today);
  await record.getByLabel('Yes, all three ministers have agreed').check();
  await page.getByRole('button', { name: 'Record the direction' }).click();

  const message =
    'A direction needs the agreement of the Home Secretary, the Lord Chancellor and the Attorney General; the Lord Chancellor and the Attorney General have not agreed yet';
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toContainText(message);
  await expect(page.locator('#status').locator('.govuk-error-message')).toContainText(message);
  await expect(page).toHaveTitle(/^Error: /);
  await expectAxeClean(page, 'directions page with the refusal');
  await look(page, 'directions-refused');
  // Keyboard: the summary's link takes focus to the question; the answer is changed with the
  // arrow keys and the form sent with Enter, what was typed kept.
  await summary.getByRole('link', { name: message }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Yes, all three ministers have agreed').focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('No, it is awaiting agreement')).toBeChecked();
  await expect(page.getByLabel('Reference')).toHaveValue(reference);
  await page.getByRole('button', { name: 'Record the direction' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'Direction recorded',
  );
  const recorded = card(page);
  await expect(recorded).toContainText('Awaiting agreement');
  await expect(recorded).toContainText('Not yet: it is not in force');
  await expect(recorded.locator('[data-qa="agreements"]')).toContainText(
    'Home Secretary: agreed on',
  );
  await expect(recorded.getByRole('button', { name: /Record the agreement/ })).toHaveCount(0);
  await expectAxeClean(page, 'directions page after recording');
  await page.context().close();
});

test('the administrator records the other two agreements, and the direction is a deadline', async ({
  page,
}) => {
  await page.goto('/plan/directions');
  const direction = card(page);
  await expect(direction.getByRole('button', { name: /Record the agreement/ })).toHaveCount(2);
  await look(page, 'directions-awaiting');

  // A date in the future is refused beside its boxes, and nothing is recorded.
  const lordChancellor = direction.locator('form', { hasText: 'Lord Chancellor' });
  await fillDate(dateInput(lordChancellor, /^Date the Lord Chancellor/), '2099-01-01');
  await lordChancellor.getByRole('button', { name: /Record the agreement/ }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'Date agreed must be today or in the past',
  );
  await expectAxeClean(page, 'agreement refused');

  for (const minister of ['Lord Chancellor', 'Attorney General']) {
    const form = card(page).locator('form', { hasText: minister });
    await fillDate(dateInput(form, new RegExp(`^Date the ${minister}`)), today);
    await form.getByRole('button', { name: /Record the agreement/ }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toBeVisible();
  }
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'all three ministers have agreed',
  );
  await expect(card(page)).toContainText('Given');
  await expect(card(page).getByRole('button', { name: /Record the agreement/ })).toHaveCount(0);
  await expectAxeClean(page, 'direction given');
  await look(page, 'directions-given');

  await page.goto(`/track?q=${encodeURIComponent(reference)}`);
  await expect(
    page.getByText(`Agree the joint inspection programme that direction ${reference} requires`),
  ).toBeVisible();
});

test('marking a programme against a direction of form (as the administrator); the check names the rest', async ({
  page,
  request,
}) => {
  const { ministers } = await graphql<{ ministers: Array<{ id: string }> }>(
    request,
    '{ ministers { id } }',
  );
  await mutate(request, 'recordDirection', {
    reference: `${reference}-FORM`,
    title: 'The form of the programme',
    kind: 'FORM',
    draftedOn: today,
    status: 'GIVEN',
    inForceFrom: '2031-04-01',
    agreements: ministers.map((m) => ({ ministerId: m.id, agreedOn: today })),
    formItems: ['Say how victims were consulted', 'Name each inspection’s lead'],
    requirement: 'Each programme shall say how victims were consulted and name each lead.',
  });
  const programme = await mutate(request, 'createProgramme', {
    title: `Form programme ${reference}`,
    startsOn: '2031-04-01',
    endsOn: '2033-03-31',
  });
  await page.goto(`/plan/programmes/${encodeURIComponent(programme.id)}`);
  const checks = page.locator('[data-qa="form-check"]');
  await expect(checks).toHaveCount(2);
  await expect(checks.first()).toContainText('Not marked');
  await expectAxeClean(page, 'programme page with form checks');

  // Not met with no note: refused beside the note, with what was chosen.
  const first = checks.first();
  await first.getByLabel('No, not yet').check();
  await first.getByRole('button', { name: /Save the mark/ }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'Say what the programme still lacks',
  );
  await expectAxeClean(page, 'form check refused');

  // By keyboard: choose "met", type the note, send with Enter.
  const again = page.locator('[data-qa="form-check"]').first();
  await again.getByLabel('Yes, it is met').focus();
  await page.keyboard.press('Space');
  await again.getByLabel('Note').fill('The introduction says who was consulted and how.');
  await again.getByRole('button', { name: /Save the mark/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText('Mark saved');
  const marked = page.locator('[data-qa="form-check"]').first();
  await expect(marked).toContainText('Met');
  await expect(marked).toContainText('by Erin Administrator');
  await look(page, 'programme-form-checks');

  // The check before agreeing names the item still not marked met: a warning, not a block.
  await page.getByRole('button', { name: 'Mark as agreed by the inspectorates' }).click();
  await expect(page.locator('[data-qa="still-wrong"]')).toContainText(
    `Not marked as met, from a direction of form: ${reference}-FORM: Name each inspection’s lead`,
  );
  await expect(page.locator('[data-qa="still-wrong"]')).not.toContainText('consulted');
  await expectAxeClean(page, 'check before agreeing');
  await look(page, 'programme-check-before-agreeing');
});
