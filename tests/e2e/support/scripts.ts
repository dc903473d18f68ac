import { expect, type Page } from '@playwright/test';

/**
 * Whether the page's scripts have started: the root layout sets up GOV.UK Frontend's skip link
 * and menu once the page is hydrated, and marks each. A person never acts within the first few
 * milliseconds; a test does, so it waits for this before anything that needs the scripts
 * (a skip link that moves the focus, an error summary link that focuses its field).
 */
export async function scriptsReady(page: Page): Promise<void> {
  await expect(page.locator('[data-module="govuk-skip-link"]')).toHaveAttribute(
    'data-govuk-skip-link-init',
    '',
  );
  await expect(page.locator('[data-module="govuk-service-navigation"]')).toHaveAttribute(
    'data-govuk-service-navigation-init',
    '',
  );
}
