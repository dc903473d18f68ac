/**
 * Agencies as data, as the people who do each part: the administrator adds a prison (and is
 * told every problem at once), renames it and imports more from a file with a bad row; then an
 * HMI Prisons lead rates the new prison through the ratings import; a closed agency leaves the
 * choices for new work.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { graphql, mutate } from '../support/api.ts';
import { dateInput, fillDate } from '../support/dates.ts';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const lead = {
  email: 'agencies-prisons-lead@example.test',
  name: 'Pru Prisons Lead',
  password: 'prisons lead password',
};

async function axeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations).toEqual([]);
}

async function screenshots(page: Page, name: string) {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({
      path: `test-results/agency-admin-${name}-${width}.png`,
      fullPage: true,
    });
    // Nothing on the page is wider than the screen: no sideways scrolling at 320 px.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function signedInAs(browser: Browser, person: typeof lead): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${person.name}`)).toBeVisible();
  return page;
}

test('an administrator adds a prison, is told every problem at once, and renames it', async ({
  page,
}) => {
  await page.goto('/admin');
  await page.getByRole('link', { name: 'Agencies' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agencies');
  await page.getByRole('link', { name: 'Add an agency' }).click();

  await page.getByRole('button', { name: 'Add the agency' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toContainText('Enter the agency’s name');
  await expect(summary).toContainText('Choose the kind of agency');
  await expect(summary).toContainText('Choose the country it works in');
  await axeClean(page);

  await page.getByLabel('Name', { exact: true }).fill('Kent Police');
  await page.getByLabel('Kind of agency').selectOption({ label: 'Prison' });
  await page.getByLabel('England', { exact: true }).check();
  await page.getByRole('button', { name: 'Add the agency' }).click();
  await expect(page.locator('#name-error')).toContainText('Kent Police already has that name');

  await page.getByLabel('Name', { exact: true }).fill('HMP Wealstun');
  await page.getByLabel('Region (optional)').fill('Yorkshire and the Humber');
  await page.getByLabel('Belongs to (optional)').selectOption({
    label: 'HM Prison and Probation Service',
  });
  await screenshots(page, 'add');
  await page.getByRole('button', { name: 'Add the agency' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('HMP Wealstun');
  await expect(page.getByText('Agency added')).toBeVisible();
  await expect(page.locator('[data-qa="agency-facts"]')).toContainText(
    'HM Prison and Probation Service',
  );

  await page.getByLabel('New name').fill('HMP Wealstun and Thorp Arch');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'HMP Wealstun and Thorp Arch',
  );
  await expect(page.locator('[data-qa="former-names"]')).toContainText('HMP Wealstun');
  await axeClean(page);
  await screenshots(page, 'agency');
});

test('an HMI Prisons lead rates the new prison through the ratings import', async ({
  browser,
  request,
}) => {
  const { inspectorates } = await graphql(request, '{ inspectorates { id shortName } }');
  const prisons = inspectorates.find((i: { shortName: string }) => i.shortName === 'HMI Prisons');
  await mutate(
    request,
    'createAccount',
    { ...lead, roles: [{ role: 'INSPECTORATE_LEAD', organisationId: prisons.id }] },
    'id',
  );
  const page = await signedInAs(browser, lead);
  await page.goto('/rate/import');
  const template = await page.request.get('/rate/import/template.csv');
  expect((await template.text()).split('\r\n')[0]).toBe(
    'agency,framework,framework_version,area,grade,rated_on,rationale',
  );
  await page.getByLabel('CSV file').setInputFiles({
    name: 'wealstun.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'agency,framework,area,grade,rated_on,rationale\n' +
        'HMP Wealstun and Thorp Arch,Healthy prison tests,Treatment of victims,Poor,2026-11-02,Victims were not told of releases\n',
    ),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check the ratings');
  // What accepting will change, in the product's terms, before anything is saved.
  await expect(page.locator('[data-qa="import-changes"] tbody tr')).toHaveText([
    /^\s*2\s*HMP Wealstun and Thorp Arch: first rating, Poor; will owe an action plan/,
  ]);
  await axeClean(page);
  await screenshots(page, 'rating-changes');
  await page.getByRole('button', { name: 'Save 1 good row' }).click();
  await expect(page.locator('.govuk-panel')).toContainText('1 rating saved');

  await page.goto('/agencies?search=Wealstun');
  await page.getByRole('link', { name: 'HMP Wealstun and Thorp Arch' }).click();
  await expect(page.locator('body')).toContainText('Poor');
  await page.context().close();
});

test('an agencies file with a bad row is checked, previewed and accepted, and a closed agency leaves the pickers', async ({
  page,
}) => {
  await page.goto('/admin/agencies/import');
  const template = await page.request.get('/admin/agencies/import/template.csv');
  expect(template.headers()['content-type']).toContain('text/csv');
  expect((await template.text()).split('\r\n')[0]).toBe(
    'name,kind,short_name,region,country,parent,notes',
  );
  await page.getByLabel('CSV file').setInputFiles({
    name: 'agencies.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'name,kind,short_name,region,country,parent',
        'Leeds Youth Justice Service,Youth offending team,,Yorkshire and the Humber,England,',
        'HMCTS Wales,HMCTS region,,Wales,Wales,HM Courts & Tribunals Service',
        'Cardiff PDU,Probation delivery unit,,Wales,Cymru,Probation Service Wales',
      ].join('\n'),
    ),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check the agencies');
  const problems = page.locator('[data-qa="import-problems"] tbody tr');
  await expect(problems).toHaveCount(1);
  await expect(problems.first()).toContainText('4');
  await expect(problems.first()).toContainText('"Cymru" is not a country here');
  await expect(page.locator('[data-qa="import-good"] tbody tr')).toHaveCount(2);
  await axeClean(page);
  await screenshots(page, 'import');

  // Nothing is saved before it is accepted.
  await page.goto('/admin/agencies?search=Leeds%20Youth');
  await expect(page.locator('[data-qa="agencies"] tbody tr')).toHaveCount(0);
  await page.goBack();
  await page.getByRole('button', { name: 'Add 2 agencies' }).click();
  await expect(page.locator('.govuk-panel')).toContainText('2 agencies added');

  await page.goto('/admin/agencies?search=HMCTS%20Wales');
  await page.getByRole('link', { name: 'HMCTS Wales' }).click();
  await fillDate(dateInput(page, 'Last day it existed'), '2026-11-30');
  await page.getByRole('button', { name: 'Close the agency' }).click();
  await expect(page.getByText('Agency closed')).toBeVisible();
  await expect(page.locator('[data-qa="agency-facts"]')).toContainText(
    'Closed on 30 November 2026',
  );

  // Still in the list, marked closed; no longer a choice when a role is given.
  await page.goto('/admin/agencies?search=HMCTS%20Wales');
  await expect(page.locator('[data-qa="agencies"] tbody tr')).toContainText('Closed');
  await screenshots(page, 'list');
  await page.goto('/admin/accounts/new');
  await page.getByLabel('Role').selectOption('AGENCY_EDITOR');
  const offered = await page.getByLabel('Organisation').locator('option').allInnerTexts();
  expect(offered).toContain('Leeds Youth Justice Service');
  expect(offered).not.toContain('HMCTS Wales');

  // Closed in error: reopened with a reason, which is kept with the closing day.
  await page.goto('/admin/agencies?search=HMCTS%20Wales');
  await page.getByRole('link', { name: 'HMCTS Wales' }).click();
  await expect(page.getByRole('button', { name: 'Close the agency' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Reopen the agency' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'Enter why the agency is reopened',
  );
  await page.getByLabel('Why is it reopened?').fill('Closed in error: the region still sits');
  await page.getByRole('button', { name: 'Reopen the agency' }).click();
  await expect(page.getByText('Agency reopened')).toBeVisible();
  await expect(page.locator('[data-qa="agency-facts"]')).toContainText('Open');
  await expect(page.locator('[data-qa="reopenings"] tbody tr')).toContainText([
    /30 November 2026.*Closed in error: the region still sits/,
  ]);
  await axeClean(page);
  await screenshots(page, 'reopened');
  await page.goto('/admin/accounts/new');
  await page.getByLabel('Role').selectOption('AGENCY_EDITOR');
  expect(await page.getByLabel('Organisation').locator('option').allInnerTexts()).toContain(
    'HMCTS Wales',
  );
});
