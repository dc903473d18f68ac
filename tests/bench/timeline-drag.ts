/**
 * The timeline's two web budgets, against a running service (`pnpm start`, or the e2e servers)
 * holding the scale generator's data (`pnpm db:scale --multiple 1`):
 *
 * - first-visit JavaScript: every script the timeline page loads, summed raw, gzip (level 9)
 *   and brotli (quality 11);
 * - interaction to next paint while dragging bars and moving them by keyboard, in headless
 *   Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), read from the Event
 *   Timing API (PerformanceObserver, type "event").
 *
 *   BASE=http://localhost:3000 EMAIL=… PASSWORD=… pnpm --filter @cjji/tests exec \
 *     tsx bench/timeline-drag.ts
 *
 * The programme measured is the one with the most inspections the account can see.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const base = process.env.BASE ?? 'http://localhost:3000';
const email = process.env.EMAIL ?? '';
const password = process.env.PASSWORD ?? '';
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

async function signedIn(): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.close();
  return context;
}

try {
  const context = await signedIn();
  const page = await context.newPage();
  // The programme with the most inspections, read through the web app's own session.
  await page.goto(`${base}/plan`);
  const links = await page
    .locator('a[href^="/plan/programmes/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  let best = { path: '', inspections: -1 };
  for (const href of [...new Set(links)].filter((h) => /^\/plan\/programmes\/[^/]+$/.test(h))) {
    await page.goto(`${base}${href}/timeline`);
    const count = await page.locator('tr[data-inspection-id]').count();
    if (count > best.inspections) best = { path: `${href}/timeline`, inspections: count };
  }
  await page.close();
  await context.clearCookies();

  // First visit to the timeline: a fresh context, signed in (the sign-in page's own scripts
  // are cached by then, but every script the timeline loads is counted from its body).
  const fresh = await signedIn();
  const tab = await fresh.newPage();
  const scripts: Array<Promise<{ url: string; raw: number; gzip: number; br: number }>> = [];
  tab.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      (async () => {
        const body = await response.body();
        return {
          url: new URL(response.url()).pathname,
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
          br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        };
      })(),
    );
  });
  await tab.goto(`${base}${best.path}`, { waitUntil: 'networkidle' });
  const files = await Promise.all(scripts);
  const sum = (key: 'raw' | 'gzip' | 'br') =>
    kb(files.reduce((total, file) => total + file[key], 0));
  console.log(`Timeline ${best.path}: ${best.inspections} inspections`);
  console.log(
    'Largest scripts (KB gzip):',
    [...files]
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 10)
      .map((file) => `${file.url.split('/').pop()} ${kb(file.gzip)}`)
      .join(', '),
  );
  console.log(
    `First-visit JavaScript: ${files.length} files, ${sum('raw')} KB raw, ${sum('gzip')} KB gzip, ${sum('br')} KB brotli`,
  );

  // Dragging, 4× slower CPU.
  const cdp = await fresh.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await tab.evaluate(() => {
    const w = window as unknown as {
      __events: Array<{ name: string; duration: number; id: number }>;
    };
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { interactionId?: number }>)
        w.__events.push({
          name: entry.name,
          duration: entry.duration,
          id: entry.interactionId ?? 0,
        });
    }).observe({
      type: 'event',
      buffered: false,
      durationThreshold: 16,
    } as PerformanceObserverInit);
  });
  const previewAnswered = () =>
    tab.waitForResponse((r) => r.url().endsWith('/timeline/preview'), { timeout: 30_000 });
  const bars = tab.locator('[data-movable]');
  const count = Math.min(6, await bars.count());
  for (let i = 0; i < count; i++) {
    const bar = bars.nth(i * 7);
    await bar.scrollIntoViewIfNeeded();
    const box = (await bar.boundingBox())!;
    const y = box.y + box.height / 2;
    await tab.mouse.move(box.x + box.width / 2, y);
    await tab.mouse.down();
    for (let step = 1; step <= 40; step++)
      await tab.mouse.move(box.x + box.width / 2 + step * 3, y);
    // The preview's answer redraws the warnings: wait for it, as a planner would. The move is
    // staged just after the drop is painted, so the request may not have started yet.
    const previewed = previewAnswered();
    await tab.mouse.up();
    await previewed;
    await tab.waitForLoadState('networkidle');
  }
  const keyed = bars.nth(3);
  await keyed.focus();
  for (let press = 0; press < 10; press++) await tab.keyboard.press('ArrowRight');
  const previewed = previewAnswered();
  await tab.keyboard.press('Enter');
  await previewed;
  await tab.waitForLoadState('networkidle');
  await tab.waitForTimeout(500);
  const events = await tab.evaluate(
    () =>
      (window as unknown as { __events: Array<{ name: string; duration: number; id: number }> })
        .__events,
  );
  const interactions = new Map<number, number>();
  for (const e of events.filter((e) => e.id))
    interactions.set(e.id, Math.max(interactions.get(e.id) ?? 0, e.duration));
  const worst = (name: string) =>
    Math.max(0, ...events.filter((e) => e.name === name).map((e) => e.duration));
  const durations = [...interactions.values()].sort((a, b) => b - a);
  console.log(
    `With 4× CPU slowdown: ${interactions.size} interactions over 16 ms; slowest interaction (INP) ${durations[0] ?? '< 16'} ms; slowest pointermove ${worst('pointermove') || '< 16'} ms, pointerdown ${worst('pointerdown') || '< 16'} ms, pointerup ${worst('pointerup') || '< 16'} ms, keydown ${worst('keydown') || '< 16'} ms`,
  );
  console.log(
    'Interactions in order (ms):',
    [...interactions.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([id, ms]) => `${events.find((e) => e.id === id)?.name} ${ms}`)
      .join(', '),
  );
  // Throw the staged moves away again.
  await tab.evaluate(() => sessionStorage.clear());
} finally {
  await browser.close();
}
