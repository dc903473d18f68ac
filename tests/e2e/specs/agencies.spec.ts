import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AgenciesPage } from '../pages/agencies-page.ts';

test('a new user finds the 43 police forces and their local policing bodies', async ({ page }) => {
  const agencies = await AgenciesPage.open(page);
  await expect(agencies.resultsCount).toHaveText('72 agencies');
  await expect(agencies.rows()).toHaveCount(50);

  await agencies.kind.selectOption({ label: 'Police forces' });
  await agencies.applyFilters.click();
  await expect(page).toHaveURL(/kind=POLICE_FORCE/);
  await expect(agencies.resultsCount).toHaveText('43 agencies match your filters');
  await expect(agencies.rows()).toHaveCount(43);
  await expect(agencies.row('Greater Manchester Police')).toContainText(
    'Mayor of Greater Manchester',
  );
  await expect(agencies.row('City of London Police')).toContainText(
    'Common Council of the City of London',
  );
  await expect(agencies.row('Essex Police')).toContainText('Police, Fire and Crime Commissioner');
});

test('filters by region and name, and pages through the directory', async ({ page }) => {
  const agencies = await AgenciesPage.open(page, '?kind=POLICE_FORCE');
  await agencies.region.selectOption('Wales');
  await agencies.applyFilters.click();
  await expect(agencies.rows()).toHaveCount(4);
  await expect(agencies.rows().getByRole('rowheader')).toHaveText([
    'Dyfed-Powys Police',
    'Gwent Police',
    'North Wales Police',
    'South Wales Police',
  ]);

  await page.goto('/agencies');
  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(agencies.rows()).toHaveCount(22);
  await page.getByRole('link', { name: 'Previous page' }).click();
  await expect(agencies.rows()).toHaveCount(50);
  await expect(agencies.rows().first().getByRole('rowheader')).toHaveText(
    'Avon and Somerset Constabulary',
  );
});

test('opens a force’s page with its local policing body and CPS areas', async ({ page }) => {
  const agencies = await AgenciesPage.open(page, '?search=Metropolitan');
  await agencies.row('Metropolitan Police Service').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Metropolitan Police Service');
  await expect(
    page.getByText('Minister who lays its action plans before Parliament'),
  ).toBeVisible();
  await expect(page.locator('.govuk-summary-list')).toContainText('Home Secretary');
  await expect(page.getByRole('link', { name: 'CPS London North' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'CPS London South' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText(
    "Mayor's Office for Policing and Crime (Mayor of London)",
  );
});

test('an unknown region gets an error summary that links to the field', async ({ page }) => {
  const agencies = await AgenciesPage.open(page, '?region=Atlantis');
  await expect(page).toHaveTitle(/^Error: /);
  await expect(agencies.errorSummary).toContainText('There is no region called "Atlantis"');
  await agencies.errorSummary.getByRole('link').click();
  await expect(agencies.region).toBeFocused();
});

test('a link to an agency that does not exist shows "Page not found"', async ({ page }) => {
  const response = await page.goto('/agencies/not-an-agency');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('works by keyboard alone', async ({ page }) => {
  await page.goto('/agencies');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);

  const agencies = await AgenciesPage.verifyOnPage(page);
  await agencies.search.focus();
  await page.keyboard.type('Yorkshire');
  await page.keyboard.press('Tab');
  await expect(agencies.kind).toBeFocused();
  await agencies.kind.selectOption('POLICE_FORCE');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(agencies.applyFilters).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(agencies.rows()).toHaveCount(3);
});

test('the agencies pages have no WCAG 2.2 AA violations that axe can find', async ({ page }) => {
  for (const path of ['/agencies', '/agencies?region=Atlantis', '/agencies?kind=POLICE_FORCE']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations, path).toEqual([]);
  }
  await page.goto('/agencies?search=Greater%20Manchester%20Police');
  await page.getByRole('link', { name: 'Greater Manchester Police' }).click();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations).toEqual([]);
});
