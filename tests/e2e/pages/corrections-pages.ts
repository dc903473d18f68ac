import { expect, type Locator, type Page } from '@playwright/test';

/** The page where a lead corrects or withdraws one rating, as a person sees it. */
export class RatingCorrectionPage {
  readonly heading: Locator;
  readonly facts: Locator;
  readonly correctForm: Locator;
  readonly withdrawForm: Locator;
  readonly errorSummary: Locator;
  readonly banner: Locator;
  readonly grade: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Correct or withdraw a rating' });
    this.grade = page.locator('form[action="?/correct"]').getByLabel('Grade', { exact: true });
    this.facts = page.locator('[data-qa="rating-facts"]');
    this.correctForm = page.locator('form[action="?/correct"]');
    this.withdrawForm = page.locator('form[action="?/withdraw"]');
    this.errorSummary = page.locator('.govuk-error-summary');
    this.banner = page.getByRole('alert').filter({ hasText: 'Success' });
  }

  static async verifyOnPage(page: Page): Promise<RatingCorrectionPage> {
    const correction = new RatingCorrectionPage(page);
    await expect(correction.heading).toBeVisible();
    return correction;
  }

  async correctGrade(grade: string, reason: string): Promise<void> {
    await this.grade.selectOption({ label: grade });
    await this.correctForm.getByLabel('Why it is corrected').fill(reason);
    await this.correctForm.getByRole('button', { name: 'Save the correction' }).click();
  }
}

/** One agency's public page: its latest rating and how it was corrected. */
export class AgencyRatingsPage {
  readonly latest: Locator;
  readonly corrected: Locator;
  readonly correctLink: Locator;

  constructor(readonly page: Page) {
    this.latest = page.locator('[data-qa="latest-rating"]');
    this.corrected = page.locator('[data-qa="latest-rating-corrected"]');
    this.correctLink = page.getByRole('link', { name: 'Correct or withdraw this rating' });
  }

  static async open(page: Page, agencyId: string, name: string): Promise<AgencyRatingsPage> {
    await page.goto(`/agencies/${encodeURIComponent(agencyId)}`);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    return new AgencyRatingsPage(page);
  }
}

/** The tracking page's response to one recommendation, by its addressee's name. */
export class TrackedResponse {
  readonly block: Locator;

  constructor(
    readonly page: Page,
    readonly agency: string,
  ) {
    this.block = page
      .locator('[data-qa="response"]')
      .filter({ has: page.getByRole('heading', { level: 3, name: agency }) });
  }

  async withdrawAnswer(reason: string): Promise<void> {
    await this.block.getByText(`Correct or withdraw ${this.agency}’s answer`).click();
    await this.block.getByLabel('Why the answer is withdrawn').fill(reason);
    await this.block.getByRole('button', { name: /^Withdraw the answer/ }).click();
  }
}

/** One direction's card on the directions page. */
export class DirectionCard {
  readonly card: Locator;

  constructor(
    readonly page: Page,
    readonly reference: string,
  ) {
    this.card = page
      .locator('[data-qa="direction"]')
      .filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(`^${reference}:`) }) });
  }

  async correctTitle(title: string, reason: string): Promise<void> {
    await this.card.getByText(`Correct or withdraw ${this.reference}`).click();
    const form = this.card.locator('form[action="?/correct"]');
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Why it is corrected').fill(reason);
    await form.getByRole('button', { name: /^Save the correction/ }).click();
  }
}
