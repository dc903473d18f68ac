import { expect, type Locator, type Page } from '@playwright/test';
import { scriptsReady } from '../support/scripts.ts';

/** Every page of the public site, for checks that apply to all of them. */
export const publicPaths = [
  '/',
  '/programme',
  '/ratings',
  '/published-plans',
  '/recommendations',
  '/agencies',
  '/open-data',
];

/** The public home page, as someone arriving from a search engine sees it. */
export class PublicHomePage {
  readonly heading: Locator;
  readonly sections: Locator;
  readonly navigation: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', {
      level: 1,
      name: 'Check how agencies treat victims',
    });
    this.sections = page.locator('[data-qa="public-sections"]');
    this.navigation = page.getByRole('navigation', { name: 'Menu' });
  }

  static async open(page: Page): Promise<PublicHomePage> {
    await page.goto('/');
    const home = new PublicHomePage(page);
    await expect(home.heading).toBeVisible();
    await scriptsReady(page);
    return home;
  }
}

/** The latest rating of every agency of a kind. */
export class RatingsPage {
  readonly heading: Locator;
  readonly kind: Locator;
  readonly show: Locator;
  readonly ratedCount: Locator;
  readonly distribution: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'How agencies treat victims' });
    this.kind = page.getByLabel('Kind of agency');
    this.show = page.getByRole('button', { name: 'Show ratings' });
    this.ratedCount = page.locator('[data-qa="rated-count"]');
    this.distribution = page.locator('[data-qa="distribution"]');
    this.table = page.locator('[data-qa="latest-ratings"]');
  }

  static async open(page: Page, query = ''): Promise<RatingsPage> {
    await page.goto(`/ratings${query}`);
    return RatingsPage.verifyOnPage(page);
  }

  static async verifyOnPage(page: Page): Promise<RatingsPage> {
    const ratings = new RatingsPage(page);
    await expect(ratings.heading).toBeVisible();
    return ratings;
  }

  row(agencyName: string): Locator {
    return this.table
      .locator('tbody tr')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${agencyName}`) }) });
  }
}

/** One agency's ratings, plans and recommendations. */
export class AgencyRatingsPage {
  readonly latest: Locator;
  readonly inspectedAgo: Locator;
  readonly history: Locator;
  readonly chart: Locator;
  readonly owed: Locator;
  readonly plans: Locator;
  readonly recommendationsLink: Locator;

  constructor(readonly page: Page) {
    this.latest = page.locator('[data-qa="latest-rating"]');
    this.inspectedAgo = page.locator('[data-qa="inspected-ago"]');
    this.history = page.locator('[data-qa="rating-history"]');
    this.chart = page.locator('figure svg').first();
    this.owed = page.locator('[data-qa="action-plan-owed"]');
    this.plans = page.locator('[data-qa="agency-plans"]');
    this.recommendationsLink = page.locator('[data-qa="recommendations-link"]');
  }

  static async verifyOnPage(page: Page, agencyName: string): Promise<AgencyRatingsPage> {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(agencyName);
    // One page per agency: /ratings/<id> leads there.
    await expect(page).toHaveURL(/\/agencies\/[^/?]+$/);
    return new AgencyRatingsPage(page);
  }
}

/** Recommendations and their responses, filtered by agency and by where they were made. */
export class RecommendationsPage {
  readonly heading: Locator;
  readonly agency: Locator;
  readonly source: Locator;
  readonly show: Locator;
  readonly count: Locator;
  readonly cards: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Recommendations and responses' });
    this.agency = page.getByLabel('Made to');
    this.source = page.getByLabel('Made in');
    this.show = page.getByRole('button', { name: 'Show recommendations' });
    this.count = page.locator('[data-qa="recommendation-count"]');
    this.cards = page.locator('[data-qa="recommendation"]');
    this.errorSummary = page.locator('.govuk-error-summary');
  }

  static async open(page: Page, query = ''): Promise<RecommendationsPage> {
    await page.goto(`/recommendations${query}`);
    return RecommendationsPage.verifyOnPage(page);
  }

  static async verifyOnPage(page: Page): Promise<RecommendationsPage> {
    const recommendations = new RecommendationsPage(page);
    await expect(recommendations.heading).toBeVisible();
    return recommendations;
  }

  card(reportTitle: string): Locator {
    return this.cards.filter({
      has: this.page.getByRole('heading', { level: 2, name: new RegExp(reportTitle) }),
    });
  }

  response(card: Locator, agencyName: string): Locator {
    return card.locator('[data-qa="response"]').filter({
      has: this.page.getByRole('heading', { level: 3, name: new RegExp(`^${agencyName}`) }),
    });
  }
}

/** Whether the focused element shows GOV.UK's focus style: a yellow outline, or yellow with a black underline. */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return false;
    const style = getComputedStyle(focused);
    const yellow = 'rgb(255, 221, 0)';
    const outlined =
      style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) >= 2 &&
      style.outlineColor !== 'rgba(0, 0, 0, 0)';
    return style.backgroundColor === yellow || outlined || style.boxShadow.includes(yellow);
  });
}

/**
 * After following a link, SvelteKit puts the focus back at the top of the new page, as a full
 * page load would; pressing Tab before that happens would be lost. Wait for it.
 */
export async function focusAtTopOfPage(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement === document.body)).toBe(true);
}

/** Presses Tab until the element has focus, checking each stop shows where the focus is. */
export async function tabTo(page: Page, target: Locator, most = 60): Promise<void> {
  for (let presses = 0; presses < most; presses++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() =>
      document.activeElement === document.body
        ? null
        : document.activeElement?.outerHTML.slice(0, 120),
    );
    // The page itself is not a stop: focus passes through it only between the last control and the first.
    if (where) expect(await focusIsVisible(page), `the focus is visible on ${where}`).toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}
