import { expect, type Locator, type Page } from '@playwright/test';

/** The directory of agencies, as a person sees it. */
export class AgenciesPage {
  readonly heading: Locator;
  readonly resultsCount: Locator;
  readonly table: Locator;
  readonly kind: Locator;
  readonly region: Locator;
  readonly search: Locator;
  readonly applyFilters: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Agencies' });
    this.resultsCount = page.locator('[data-qa="results-count"]');
    this.table = page.locator('[data-qa="agency-table"]');
    this.kind = page.getByLabel('Kind of agency');
    this.region = page.getByLabel('Region');
    this.search = page.getByLabel('Name contains');
    this.applyFilters = page.getByRole('button', { name: 'Apply filters' });
    this.errorSummary = page.locator('.govuk-error-summary');
  }

  static async open(page: Page, query = ''): Promise<AgenciesPage> {
    await page.goto(`/agencies${query}`);
    return AgenciesPage.verifyOnPage(page);
  }

  static async verifyOnPage(page: Page): Promise<AgenciesPage> {
    const agencies = new AgenciesPage(page);
    await expect(agencies.heading).toBeVisible();
    return agencies;
  }

  rows(): Locator {
    return this.table.locator('tbody tr');
  }

  row(agencyName: string): Locator {
    return this.rows().filter({
      has: this.page.getByRole('rowheader', { name: agencyName, exact: true }),
    });
  }
}
