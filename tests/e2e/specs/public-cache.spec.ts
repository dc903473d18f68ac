import { expect, test } from '@playwright/test';
import { graphql } from '../support/api.ts';
import { publicPaths } from '../pages/public-site-pages.ts';
import { administratorState } from '../support/accounts.ts';

/**
 * The public pages can be kept by a CDN or the browser: each carries a validator and a
 * Cache-Control shared caches may use, a conditional request that still matches gets 304, and
 * the validator changes as soon as something the public can see is written. A signed-in
 * person's pages stay private.
 */
test.describe.configure({ mode: 'serial' });
// Ten pages, each rendered afresh and asked again, on a machine that may be busy.
test.setTimeout(120_000);
test.use({ storageState: { cookies: [], origins: [] } });

const downloads = ['/open-data/ratings.csv', '/open-data/published-plans.json'];

test('every public page and download carries a validator and answers a matching request with 304', async ({
  request,
}) => {
  for (const path of [...publicPaths, '/ratings?kind=POLICE_FORCE', ...downloads]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const etag = first.headers()['etag'];
    expect(etag, path).toMatch(/^W\/"p\d+\./);
    expect(first.headers()['cache-control'], path).toBe(
      'public, max-age=10, stale-while-revalidate=60',
    );
    expect(first.headers()['vary'], path).toMatch(/Cookie/);
    const again = await request.get(path, { headers: { 'if-none-match': etag! } });
    expect(again.status(), path).toBe(304);
    expect(await again.body(), path).toHaveLength(0);
  }
});

test('a write the public can see changes every public page’s validator at once', async ({
  request,
}) => {
  const etag = (await request.get('/programme')).headers()['etag']!;
  await graphql(
    request,
    `
      mutation ($input: CreateProgrammeInput!) {
        createProgramme(input: $input) {
          __typename
        }
      }
    `,
    {
      input: {
        title: 'Public cache spec: a draft programme far ahead',
        startsOn: '2041-04-01',
        endsOn: '2043-03-31',
      },
    },
  );
  const after = await request.get('/programme', { headers: { 'if-none-match': etag } });
  expect(after.status()).toBe(200);
  expect(after.headers()['etag']).not.toBe(etag);
});

test.describe('signed in', () => {
  test.use({ storageState: administratorState });
  test('a public page is private for a signed-in person', async ({ page }) => {
    const response = await page.goto('/ratings');
    expect(response!.headers()['cache-control']).toMatch(/^private/);
    // SvelteKit may add its own validator of the body; private keeps it out of shared caches.
    expect(response!.headers()['cache-control']).not.toMatch(/public/);
  });
});

test('a public page served from the cache still runs its scripts under the CSP', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/ratings');
  await page.reload();
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});
