/**
 * Web budgets, in headless Chromium (Debian's, launched as tests/playwright.config.ts does):
 * the compressed JavaScript a first visit to the timeline and the ratings dashboard loads, and
 * interaction to next paint (INP, measured by the web-vitals library) while rescheduling a phase.
 */
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { createServer } from 'node:net';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { benchSessionToken } from './operations.ts';
import { root, startNodeProcess } from './processes.ts';

interface PageWeight {
  page: string;
  path: string;
  files: number;
  rawKb: number;
  gzipKb: number;
  brotliKb: number;
  /** What crossed the wire, as the web server chose to encode it. */
  servedKb: number;
}

export interface WebResult {
  weights: PageWeight[];
  /** Interaction to next paint over the reschedule flow, in ms (web-vitals' value). */
  inp: number;
  /** Interactions the browser counted (performance.interactionCount), slow or not. */
  interactionCount: number;
  /** The slowest interactions seen, for the report. */
  interactions: Array<{ name: string; duration: number }>;
  /** From the click on "Save dates" to the success banner, in ms, per reschedule: the server round trip and the re-render. */
  saveToBanner: number[];
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

export function buildWeb(): void {
  const result = spawnSync('pnpm', ['--filter', '@cjji/web', 'build'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`The web app did not build:\n${result.stdout}\n${result.stderr}`);
}

const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

async function weigh(
  context: BrowserContext,
  base: string,
  page: string,
  path: string,
): Promise<PageWeight> {
  const tab = await context.newPage();
  const scripts: Array<Promise<{ raw: number; gzip: number; brotli: number; served: number }>> = [];
  tab.on('response', (response) => {
    const type = response.request().resourceType();
    const contentType = response.headers()['content-type'] ?? '';
    if (type !== 'script' && !contentType.includes('javascript')) return;
    scripts.push(
      (async () => {
        const body = await response.body();
        const sizes = await response.request().sizes();
        return {
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
          brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
            .length,
          served: sizes.responseBodySize,
        };
      })(),
    );
  });
  const response = await tab.goto(base + path, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
  // A script may still arrive while the first ones are read: read until no more came.
  let files: Array<{ raw: number; gzip: number; brotli: number; served: number }> = [];
  while (files.length < scripts.length) files = await Promise.all([...scripts]);
  tab.removeAllListeners('response');
  await tab.close();
  const sum = (key: 'raw' | 'gzip' | 'brotli' | 'served') =>
    kb(files.reduce((total, file) => total + file[key], 0));
  return {
    page,
    path,
    files: files.length,
    rawKb: sum('raw'),
    gzipKb: sum('gzip'),
    brotliKb: sum('brotli'),
    servedKb: sum('served'),
  };
}

export async function measureWeb(
  apiUrl: string,
  pages: { timelinePath: string; reschedulePath: string; phaseIds: string[] },
): Promise<WebResult> {
  const port = await freePort();
  const web = await startNodeProcess(
    'The web app',
    'web/serve.ts',
    { API_URL: apiUrl, PORT: String(port), HOST: '127.0.0.1' },
    /Listening on (http:\/\/\S+)/,
  );
  const base = `http://127.0.0.1:${port}`;
  const browser = await launch();
  // Signed in as the bench's planner: the timeline and the dashboard are pages for staff.
  const signedIn = async () => {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
    await context.addCookies([
      {
        name: 'cjji_session',
        value: benchSessionToken,
        url: base,
        httpOnly: true,
        sameSite: 'Lax',
      },
    ]);
    return context;
  };
  try {
    const weights: PageWeight[] = [];
    for (const [page, path] of [
      ['Programme timeline', pages.timelinePath],
      ['Ratings dashboard', '/rate'],
    ] as const) {
      const context = await signedIn();
      weights.push(await weigh(context, base, page, path));
      await context.close();
    }

    // Rescheduling: choose a phase on the timeline, change its dates, save; three times over.
    const context = await signedIn();
    await context.addInitScript({
      path: resolve(root, 'tests/node_modules/web-vitals/dist/web-vitals.iife.js'),
    });
    await context.addInitScript(() => {
      const w = window as unknown as {
        webVitals: any;
        __inp: number;
        __interactions: Array<{ name: string; duration: number }>;
        __events: Array<{ name: string; duration: number; interactionId: number }>;
      };
      w.__inp = 0;
      w.__interactions = [];
      w.__events = [];
      w.webVitals.onINP(
        (metric: { value: number; entries: Array<{ name: string; duration: number }> }) => {
          w.__inp = metric.value;
          for (const entry of metric.entries)
            w.__interactions.push({ name: entry.name, duration: entry.duration });
        },
        { reportAllChanges: true, durationThreshold: 16 },
      );
      // Every event the browser times (16 ms is the Event Timing API's floor): shows that
      // interactions were seen at all, when none was slow enough for INP to report.
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<
          PerformanceEntry & { interactionId?: number }
        >)
          w.__events.push({
            name: entry.name,
            duration: entry.duration,
            interactionId: entry.interactionId ?? 0,
          });
      }).observe({
        type: 'event',
        buffered: true,
        durationThreshold: 16,
      } as PerformanceObserverInit);
    });
    const tab = await context.newPage();
    await tab.goto(base + pages.reschedulePath, { waitUntil: 'networkidle' });
    const saveToBanner: number[] = [];
    for (const phaseId of pages.phaseIds.slice(0, 3)) {
      await tab
        .locator(`a[href*="${encodeURIComponent(phaseId)}"]`)
        .first()
        .click();
      // The GOV.UK date inputs: day, month and year boxes named <field>-day and so on.
      const boxes = (field: string) =>
        (['day', 'month', 'year'] as const).map((part) =>
          tab.locator(`input[name="${field}-${part}"]`),
        );
      const read = async (field: string) => {
        const [day, month, year] = await Promise.all(boxes(field).map((box) => box.inputValue()));
        return Date.UTC(Number(year), Number(month) - 1, Number(day));
      };
      const write = async (field: string, at: number) => {
        const date = new Date(at);
        const parts = [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()];
        const inputs = boxes(field);
        for (let i = 0; i < 3; i++) await inputs[i]!.fill(String(parts[i]));
      };
      await boxes('plannedStart')[0]!.waitFor();
      const week = 7 * 86_400_000;
      const [start, end] = [await read('plannedStart'), await read('plannedEnd')];
      await write('plannedStart', start + week);
      await write('plannedEnd', end + week);
      const clicked = Date.now();
      await tab.getByRole('button', { name: 'Save dates' }).click();
      await tab.locator('.govuk-notification-banner--success').waitFor();
      saveToBanner.push(Date.now() - clicked);
    }
    // web-vitals reports INP when the page is hidden; reportAllChanges has kept the latest value too.
    await tab.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const { inp, interactions, events, interactionCount } = await tab.evaluate(() => {
      const w = window as unknown as {
        __inp: number;
        __interactions: Array<{ name: string; duration: number }>;
        __events: Array<{ name: string; duration: number; interactionId: number }>;
      };
      return {
        inp: w.__inp,
        interactions: w.__interactions,
        events: w.__events,
        interactionCount:
          (performance as unknown as { interactionCount?: number }).interactionCount ?? -1,
      };
    });
    await context.close();
    const slowest = [...interactions, ...events.filter((e) => e.interactionId)]
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 3)
      .map(({ name, duration }) => ({ name, duration }));
    return { weights, inp, interactionCount, interactions: slowest, saveToBanner };
  } finally {
    await browser.close();
    await web.stop();
  }
}
