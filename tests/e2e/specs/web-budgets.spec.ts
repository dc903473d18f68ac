import { expect, test, type Browser } from '@playwright/test';
import { ProgrammesPage } from '../pages/planning-pages.ts';
import { administratorState } from '../support/accounts.ts';

/**
 * The JavaScript budget: a first visit to the ratings dashboard downloads at most 50 KB of
 * compressed JavaScript, as the web server sends it, and to the timeline at most 55 KB (issue
 * 19 asks for 60 KB; the timeline sends about 52 KB, its drag, keyboard and staged-changes code
 * coming only when first used). `pnpm bench` reports the same figures with gzip and brotli sizes
 * beside them, and `bench/timeline-drag.ts` those of a programme of 64 inspections.
 */
const budgetKb = 50;
const timelineBudgetKb = 55;

async function javascriptKb(browser: Browser, path: string): Promise<number> {
  // A first visit by a signed-in planner: nothing cached, the session cookie set.
  const context = await browser.newContext({ storageState: administratorState });
  const page = await context.newPage();
  const sizes: Array<Promise<number>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      sizes.push(
        response
          .request()
          .sizes()
          .then((s) => s.responseBodySize),
      );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  expect(new URL(page.url()).pathname, 'the page itself, not the sign-in page').toBe(path);
  const total = (await Promise.all(sizes)).reduce((sum, bytes) => sum + bytes, 0);
  await context.close();
  // Some JavaScript was measured: the pages work without it, but they do load it.
  expect(total).toBeGreaterThan(10 * 1024);
  return total / 1024;
}

test('a first visit to a programme’s timeline downloads at most 55 KB of compressed JavaScript', async ({
  page,
  browser,
}) => {
  const programmes = await ProgrammesPage.open(page);
  await programmes.startProgramme(
    'Programme for the JavaScript budget',
    '2030-04-01',
    '2032-03-31',
  );
  const timeline = `${new URL(page.url()).pathname}/timeline`;
  expect(await javascriptKb(browser, timeline)).toBeLessThanOrEqual(timelineBudgetKb);
});

test('a first visit to the ratings dashboard downloads at most 50 KB of compressed JavaScript', async ({
  browser,
}) => {
  expect(await javascriptKb(browser, '/rate')).toBeLessThanOrEqual(budgetKb);
});
