/**
 * A planner compares the programme with what was agreed and publishes a year's review: a phase
 * rescheduled after agreement is listed as slipped, with its days; the review is staff-only
 * until published, then anyone can read it signed out.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { graphql, mutate } from '../support/api.ts';
import { dateInput, fillDate } from '../support/dates.ts';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const planner = {
  email: 'baseline-planner@example.test',
  name: 'Bea Planner',
  password: 'baseline planner password',
};
const programmeTitle = 'Baseline journey programme 2025 to 2027';
const ids = { programme: '', draft: '' };

async function signedInAs(browser: Browser, person: typeof planner): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${person.name}`)).toBeVisible();
  return page;
}

async function signedOut(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

/** axe at the desktop width and at the narrowest phone width the service supports. */
async function expectAxeClean(page: Page) {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    expect(results.violations, `${page.url()} at ${width}px`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.beforeAll(async ({ request }) => {
  const found = await graphql(
    request,
    `
      {
        inspectorates {
          id
          shortName
        }
        agencies(first: 200) {
          edges {
            node {
              id
              name
            }
          }
        }
      }
    `,
  );
  const hmicfrs = found.inspectorates.find((i: any) => i.shortName === 'HMICFRS').id;
  const hmcpsi = found.inspectorates.find((i: any) => i.shortName === 'HMCPSI').id;
  const kent = found.agencies.edges.find((e: any) => e.node.name === 'Kent Police').node.id;
  await mutate(request, 'createAccount', {
    ...planner,
    roles: [{ role: 'INSPECTORATE_PLANNER', organisationId: hmicfrs }],
  });
  const programme = await mutate(
    request,
    'createProgramme',
    { title: programmeTitle, startsOn: '2025-04-01', endsOn: '2027-03-31' },
    'id version',
  );
  ids.programme = programme.id;
  await mutate(request, 'addInspection', {
    programmeId: programme.id,
    title: 'Baseline rape thematic',
    kind: 'JOINT_THEMATIC',
    victimsThematic: true,
    theme: "Victims' experience of rape investigations",
    scopeStatement: 'How police and the CPS keep victims of rape informed and supported.',
    leadInspectorateId: hmicfrs,
    partnerInspectorateIds: [hmcpsi],
    agencyKindsInScope: ['POLICE_FORCE', 'CPS_AREA'],
    localityIds: [kent],
    phases: [
      { kind: 'SCOPING', plannedStart: '2025-05-05', plannedEnd: '2025-06-27' },
      { kind: 'FIELDWORK', plannedStart: '2025-09-01', plannedEnd: '2025-09-26' },
      { kind: 'REPORTING', plannedStart: '2025-10-01', plannedEnd: '2025-12-19' },
      { kind: 'PUBLICATION', plannedStart: '2026-02-16', plannedEnd: '2026-02-16' },
    ],
  });
  let version = programme.version;
  for (const status of ['AGREED', 'PUBLISHED'])
    version = (
      await mutate(
        request,
        'changeProgrammeStatus',
        { programmeId: programme.id, status, expectedVersion: version },
        'id version',
      )
    ).version;
  ids.draft = (
    await mutate(request, 'createProgramme', {
      title: 'Baseline journey draft 2029 to 2031',
      startsOn: '2029-04-01',
      endsOn: '2031-03-31',
    })
  ).id;
});

test('a draft programme says it has no baseline yet', async ({ browser }) => {
  const page = await signedInAs(browser, planner);
  await page.goto(`/plan/programmes/${encodeURIComponent(ids.draft)}/changes`);
  await expect(page.getByRole('heading', { name: 'What changed since agreed' })).toBeVisible();
  await expect(page.locator('[data-qa="no-baseline"]')).toContainText(
    'This programme has no baseline yet.',
  );
  await expectAxeClean(page);
});

test('a planner reschedules a phase of an agreed programme and sees it slipped, with its days', async ({
  browser,
}) => {
  const page = await signedInAs(browser, planner);
  await page.goto('/plan');
  await page.getByRole('link', { name: programmeTitle }).click();
  await page.getByRole('link', { name: 'Baseline rape thematic' }).click();
  await page.getByRole('link', { name: 'Reschedule fieldwork' }).click();
  const form = page.locator('#reschedule');
  await expect(form).toBeVisible();
  await fillDate(dateInput(form, 'Planned start'), '2025-09-01');
  await fillDate(dateInput(form, 'Planned end'), '2025-10-10');
  await form.getByRole('button', { name: 'Save dates' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    '1 September 2025 to 10 October 2025',
  );

  await page.goto(`/plan/programmes/${encodeURIComponent(ids.programme)}`);
  await page.getByRole('link', { name: 'What changed since agreed' }).click();
  await expect(page.locator('[data-qa="baseline"]')).toContainText('as published on');
  const row = page
    .locator('[data-qa="changes"] tbody tr')
    .filter({ hasText: 'Baseline rape thematic' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Fieldwork');
  await expect(row).toContainText('Slipped');
  await expect(row).toContainText('14 days later');
  await expect(row).toContainText('1 September 2025 to 26 September 2025');
  await expect(row).toContainText('1 September 2025 to 10 October 2025');
  await expectAxeClean(page);
});

test('a planner sees the plan as published under today’s bars on the timeline', async ({
  browser,
}) => {
  const page = await signedInAs(browser, planner);
  await page.goto(`/plan/programmes/${encodeURIComponent(ids.programme)}/timeline`);
  await expect(page.locator('[data-baseline-of]')).toHaveCount(0);
  await page.getByLabel('The plan as agreed, under each bar').check();
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/baseline=yes/);
  await expect(page.locator('[data-qa="timeline"] .app-timeline__legend')).toContainText(
    'As published on',
  );

  const row = page.locator('tr[data-inspection-id]').filter({ hasText: 'Baseline rape thematic' });
  const fieldwork = row.locator('[data-phase="FIELDWORK"]');
  const phaseId = await fieldwork.getAttribute('data-phase-id');
  const agreed = row.locator(`[data-baseline-of="${phaseId}"]`);
  await expect(agreed).toBeVisible();
  // The slipped phase ends 14 days later than published: its bar runs past the agreed one.
  const [now, then] = [await fieldwork.boundingBox(), await agreed.boundingBox()];
  expect(Math.round(now!.x)).toBe(Math.round(then!.x));
  expect(now!.x + now!.width).toBeGreaterThan(then!.x + then!.width + 5);
  expect(then!.y).toBeGreaterThanOrEqual(now!.y + now!.height);
  await expect(fieldwork).toContainText(
    'agreed as 1 September 2025 to 26 September 2025: starts as agreed, ends 14 days later',
  );
  await row.screenshot({ path: test.info().outputPath('timeline-baseline-1280.png') });

  // On a phone the chart is a list, and says the same in words.
  await page.setViewportSize({ width: 320, height: 900 });
  await expect(
    page.locator('.app-timeline__list-item').filter({ hasText: 'Baseline rape thematic' }),
  ).toContainText('ends 14 days later');
  await page.screenshot({
    path: test.info().outputPath('timeline-baseline-320.png'),
    fullPage: true,
  });
  await expectAxeClean(page);
});

test('a planner publishes year 1’s review, and it can then be read signed out', async ({
  browser,
}) => {
  const publicUrl = `/programme/reviews/${encodeURIComponent(ids.programme)}/1`;
  const outsider = await signedOut(browser);
  const hidden = await outsider.goto(publicUrl);
  expect(hidden?.status()).toBe(404);

  const page = await signedInAs(browser, planner);
  await page.goto(`/plan/programmes/${encodeURIComponent(ids.programme)}`);
  await page.getByRole('link', { name: 'year 1' }).click();
  await expect(page.getByRole('heading', { name: 'Year 1 review' })).toBeVisible();
  await expect(page.locator('[data-qa="unpublished"]')).toContainText('only staff');
  const entry = page.locator('[data-qa="review"] tbody tr').filter({
    hasText: 'Baseline rape thematic',
  });
  // Planned to publish on 16 February 2026 and not yet published: overdue.
  await expect(entry).toContainText('Overdue');
  await expectAxeClean(page);
  await page.getByRole('button', { name: 'Publish this review' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'Review published',
  );
  await expect(page.locator('[data-qa="published"]')).toContainText('Version 1 published');

  await outsider.goto(publicUrl);
  await expect(outsider.getByRole('heading', { name: 'Year 1 review' })).toBeVisible();
  await expect(
    outsider.locator('[data-qa="review"] tbody tr').filter({ hasText: 'Baseline rape thematic' }),
  ).toContainText('Overdue');
  await expect(outsider.getByRole('button', { name: /Publish/ })).toHaveCount(0);
  await expectAxeClean(outsider);

  // Printed, the review is the content alone: no header, navigation or footer.
  await outsider.emulateMedia({ media: 'print' });
  await expect(outsider.locator('.govuk-footer')).toBeHidden();
  await expect(outsider.locator('.govuk-service-navigation')).toBeHidden();
  await expect(outsider.locator('[data-qa="review"]')).toBeVisible();
});
