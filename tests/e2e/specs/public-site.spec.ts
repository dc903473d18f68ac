import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { recordProgressMutation } from '@cjji/contract/act';
import { addInspectionMutation, createProgrammeMutation } from '@cjji/contract/plan';
import {
  recordRecommendationMutation,
  respondToRecommendationMutation,
} from '@cjji/contract/track';
import { graphql, mutate } from '../support/api.ts';
import {
  AgencyRatingsPage,
  PublicHomePage,
  RatingsPage,
  RecommendationsPage,
  focusAtTopOfPage,
  publicPaths,
  tabTo,
} from '../pages/public-site-pages.ts';

test.describe.configure({ mode: 'serial' });
// The public reads these pages without signing in; the setup uses the API as the administrator.
test.use({ storageState: { cookies: [], origins: [] } });

// Probation regions no other spec rates, plans for or names in a recommendation.
const region = 'Probation Service North East';
const otherRegion = 'Probation Service Wales';

/** Today on the UK calendar, as the public pages count it. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
const [year, month] = today.split('-').map(Number) as [number, number];
const iso = (date: Date) => date.toISOString().slice(0, 10);
/** The first day of the month fourteen months back: fourteen whole months ago, whatever today's date. */
const fourteenMonthsAgo = iso(new Date(Date.UTC(year, month - 1 - 14, 1)));
const daysFromToday = (days: number) =>
  iso(new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000));
const longDate = (day: string) =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));

const planTitle = 'North East probation plan to keep victims informed';
const draftPlanTitle = 'North East probation draft plan on victim liaison';
const reportTitle = 'Victims’ Commissioner annual report on victims and probation';
const embargoedText = 'An embargoed recommendation on victim liaison officers';
const draftProgrammeTitle = 'Draft joint inspection programme nobody outside may see';
const publishedProgrammeTitle = 'Joint inspection programme on victims and probation';

let agencyId = '';
let draftPlanId = '';

test('a probation region is rated twice, has a plan in follow-up and another in draft, and is asked to answer a recommendation (set up through the API)', async ({
  request,
}) => {
  const ids = await graphql(
    request,
    `
      {
        agencies(filter: { kinds: [PROBATION_REGION] }) {
          edges {
            node {
              id
              name
            }
          }
        }
        inspectorates {
          id
          shortName
        }
        ratingFrameworks {
          id
          name
          grades {
            id
            label
          }
        }
      }
    `,
  );
  const agency = (name: string) =>
    ids.agencies.edges.find((edge: { node: { name: string } }) => edge.node.name === name).node.id;
  agencyId = agency(region);
  const probation = ids.inspectorates.find(
    (i: { shortName: string }) => i.shortName === 'HMI Probation',
  ).id;
  const framework = ids.ratingFrameworks.find(
    (f: { name: string }) => f.name === 'Probation inspection',
  );
  const grade = (label: string) =>
    framework.grades.find((g: { label: string }) => g.label === label).id;
  const rate = (gradeLabel: string, ratedOn: string, rationale: string) =>
    mutate(request, 'recordRating', {
      agencyId,
      frameworkId: framework.id,
      areaCode: 'TREATMENT_OF_VICTIMS',
      gradeId: grade(gradeLabel),
      ratedOn,
      rationale,
    });
  await rate(
    'Good',
    '2021-05-10',
    'Victims were offered the Victim Contact Scheme in nearly every eligible case.',
  );
  const latest = await rate(
    'Requires improvement',
    fourteenMonthsAgo,
    'Too few victims were told when an offender was released.',
  );

  const open = (title: string) =>
    mutate(
      request,
      'openActionPlan',
      {
        agencyId,
        reason: 'RATING',
        ratingId: latest.id,
        reviewingInspectorateId: probation,
        title,
        summary: 'How the region will tell victims about releases in time.',
      },
      'id version',
    );
  let plan = await open(planTitle);
  plan = await mutate(
    request,
    'saveActionPlanDraft',
    {
      planId: plan.id,
      expectedVersion: plan.version,
      title: planTitle,
      summary: 'How the region will tell victims about releases in time.',
      actions: [
        {
          description: 'Tell every victim in the scheme about a release two weeks ahead',
          owner: 'Head of victim liaison',
          targetDate: daysFromToday(200),
        },
        {
          description: 'Audit victim liaison case records every quarter',
          owner: 'Quality team',
          targetDate: daysFromToday(400),
        },
      ],
    },
    'id version actions { id }',
  );
  for (const move of [
    { status: 'SUBMITTED' },
    { status: 'ACCEPTED' },
    { status: 'LAID', laidOn: daysFromToday(-30), paperReference: 'CP 901' },
    { status: 'IN_FOLLOW_UP' },
  ]) {
    plan = await mutate(
      request,
      'moveActionPlan',
      { planId: plan.id, expectedVersion: plan.version, ...move },
      'id version actions { id }',
    );
  }
  await mutate(request, recordProgressMutation, {
    actionId: plan.actions[0].id,
    note: 'Two weeks’ notice given in 9 of 10 releases in the last quarter.',
    status: 'DONE',
  });
  draftPlanId = (await open(draftPlanTitle)).id;

  const recorded = await mutate(
    request,
    'recordRecommendation',
    {
      source: 'VICTIMS_COMMISSIONER_ANNUAL_REPORT',
      reportTitle,
      publishedOn: daysFromToday(-10),
      reference: '7',
      text: 'Every probation region should tell victims of an offender’s release at least two weeks ahead.',
      addresseeIds: [agencyId, agency(otherRegion)],
    },
    'responses { id version agency { name } }',
  );
  const northEast = recorded.responses.find(
    (r: { agency: { name: string } }) => r.agency.name === region,
  );
  await mutate(request, respondToRecommendationMutation, {
    responseId: northEast.id,
    expectedVersion: northEast.version,
    answer: 'ACCEPTED',
    reasons: 'Victims need time to prepare for a release.',
    plannedActions: 'A two-week notice standard in every office from April.',
    respondedOn: daysFromToday(-2),
  });
  await mutate(request, recordRecommendationMutation, {
    source: 'INSPECTION_REPORT',
    reportTitle: 'Inspection of victim liaison, to be published next month',
    publishedOn: daysFromToday(30),
    reference: '1',
    text: embargoedText,
    addresseeIds: [agencyId],
  });

  // A published programme running today, so that the programme page has inspections to show on a phone.
  let programme = await mutate(
    request,
    'createProgramme',
    { title: publishedProgrammeTitle, startsOn: `${year}-01-01`, endsOn: `${year + 1}-12-31` },
    'id version',
  );
  const phases = [
    ['SCOPING', 10, 40],
    ['FIELDWORK', 41, 80],
    ['REPORTING', 81, 140],
    ['PUBLICATION', 150, 150],
  ] as const;
  await mutate(request, addInspectionMutation, {
    programmeId: programme.id,
    title: 'Victims of offenders on licence',
    kind: 'JOINT_THEMATIC',
    victimsThematic: true,
    theme: 'Victims',
    scopeStatement: 'How probation keeps victims informed while an offender is on licence.',
    leadInspectorateId: probation,
    partnerInspectorateIds: [
      ids.inspectorates.find((i: { shortName: string }) => i.shortName === 'HMI Prisons').id,
    ],
    agencyKindsInScope: ['PROBATION_REGION'],
    localityIds: [agencyId],
    phases: phases.map(([kind, from, to]) => ({
      kind,
      plannedStart: daysFromToday(from),
      plannedEnd: daysFromToday(to),
    })),
  });
  for (const status of ['AGREED', 'PUBLISHED']) {
    programme = await mutate(
      request,
      'changeProgrammeStatus',
      { programmeId: programme.id, expectedVersion: programme.version, status },
      'id version',
    );
  }
  await mutate(request, createProgrammeMutation, {
    title: draftProgrammeTitle,
    startsOn: `${year}-04-01`,
    endsOn: `${year + 2}-03-31`,
  });
});

test('from the home page, the public find a region’s latest grade on both scales and how long ago it was inspected', async ({
  page,
}) => {
  const home = await PublicHomePage.open(page);
  await expect(home.navigation.getByRole('link')).toHaveText([
    'Programme',
    'Ratings',
    'Action plans',
    'Recommendations',
    'Agencies',
    'Open data',
  ]);
  await home.sections.getByRole('link', { name: 'How each agency treats victims' }).click();

  const ratings = await RatingsPage.verifyOnPage(page);
  await ratings.kind.selectOption({ label: 'Probation regions' });
  await ratings.show.click();
  await expect(page).toHaveURL(/kind=PROBATION_REGION/);
  await expect(ratings.ratedCount).toHaveText(
    '1 of 12 probation regions rated on how they treat victims',
  );
  await expect(
    ratings.distribution.locator('tbody tr').filter({ hasText: 'Requires improvement' }),
  ).toContainText('1');
  const row = ratings.row(region);
  await expect(row).toContainText('Requires improvement');
  await expect(row).toContainText('Probation inspection: requires improvement');
  await expect(row).toContainText('Inspected 14 months ago');
  await expect(row).toContainText(longDate(fourteenMonthsAgo));
  await expect(ratings.row(otherRegion)).toContainText('Not yet rated');

  await row.getByRole('link', { name: region }).click();
  const agency = await AgencyRatingsPage.verifyOnPage(page, region);
  await expect(agency.latest).toContainText(
    'Requires improvement (Probation inspection, Four-grade scale)',
  );
  await expect(agency.inspectedAgo).toHaveText(`14 months ago, on ${longDate(fourteenMonthsAgo)}`);
  await expect(agency.latest).toContainText(
    'Too few victims were told when an offender was released.',
  );
  // Rated requires improvement, but its plan has been published and is in follow-up: the duty
  // to produce one is met, so the page does not say that it owes one.
  await expect(agency.owed).toHaveCount(0);

  // The chart is a picture for sighted readers; the table beside it holds the same ratings for everyone.
  await expect(agency.chart).toHaveAttribute('aria-hidden', 'true');
  const history = agency.history.locator('tbody tr');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText(longDate(fourteenMonthsAgo));
  await expect(history.nth(0)).toContainText('14 months ago');
  await expect(history.nth(1)).toContainText('10 May 2021');
  await expect(history.nth(1)).toContainText('Good');
});

test('the region’s page lists its plan in follow-up with progress, never its draft, and counts only published recommendations', async ({
  page,
}) => {
  await page.goto(`/ratings/${encodeURIComponent(agencyId)}`);
  const agency = await AgencyRatingsPage.verifyOnPage(page, region);
  await expect(agency.plans.getByRole('listitem')).toHaveCount(1);
  await expect(agency.plans).toContainText('In follow-up');
  await expect(agency.plans).toContainText(
    `Laid before Parliament on ${longDate(daysFromToday(-30))}`,
  );
  await expect(agency.plans).toContainText('1 of 2 actions done');
  await expect(page.getByText(draftPlanTitle)).toHaveCount(0);

  await expect(agency.recommendationsLink).toHaveText(
    `1 recommendation made to ${region}, with its response`,
  );
  await agency.recommendationsLink.click();
  const recommendations = await RecommendationsPage.verifyOnPage(page);
  await expect(recommendations.agency).toHaveValue(agencyId);
  await expect(recommendations.count).toHaveText(`1 recommendation made to ${region}`);

  await page.goto(`/ratings/${encodeURIComponent(agencyId)}`);
  await page.getByRole('link', { name: planTitle }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(planTitle);
});

test('each recommendation shows who was asked, when the answer is due, what each answered and whether it is done', async ({
  page,
}) => {
  const recommendations = await RecommendationsPage.open(page);
  const card = recommendations.card(reportTitle);
  await expect(card).toContainText(
    `Victims’ Commissioner’s annual report, published ${longDate(daysFromToday(-10))}`,
  );
  await expect(card).toContainText(`Asked to respond: ${region}, ${otherRegion}`);

  const answered = recommendations.response(card, region);
  await expect(answered.getByRole('heading', { level: 3 })).toContainText('Answered');
  await expect(answered).toContainText(longDate(daysFromToday(46)));
  await expect(answered.locator('[data-qa="answer"]')).toHaveText(
    `Accepted, on ${longDate(daysFromToday(-2))}`,
  );
  await expect(answered).toContainText('Victims need time to prepare for a release.');
  await expect(answered).toContainText('A two-week notice standard in every office from April.');
  await expect(answered.locator('[data-qa="implementation"]')).toHaveText('Not yet implemented');

  const waiting = recommendations.response(card, otherRegion);
  await expect(waiting.getByRole('heading', { level: 3 })).toContainText('Awaiting answer');
  await expect(waiting.locator('[data-qa="answer"]')).toHaveText('Not yet answered');

  await recommendations.agency.selectOption({ label: otherRegion });
  await recommendations.source.selectOption({ label: 'Inspection report' });
  await recommendations.show.click();
  await expect(page).toHaveURL(/source=INSPECTION_REPORT/);
  await expect(recommendations.cards).toHaveCount(0);
  await expect(page.locator('[data-qa="no-recommendations"]')).toHaveText(
    `No recommendations made to ${otherRegion} in inspection reports have been published.`,
  );

  await recommendations.source.selectOption({ label: 'Any report' });
  await recommendations.show.click();
  await expect(recommendations.count).toHaveText(`1 recommendation made to ${otherRegion}`);
});

test('an address naming something that is not an agency gets an error summary that leads to the field', async ({
  page,
}) => {
  const recommendations = await RecommendationsPage.open(page, '?agency=not-an-agency');
  await expect(page).toHaveTitle(/^Error: /);
  await expect(recommendations.errorSummary).toContainText('Choose an agency from the list');
  await recommendations.errorSummary.getByRole('link').click();
  await expect(recommendations.agency).toBeFocused();

  const ratings = await RatingsPage.open(page, '?kind=NOT_A_KIND');
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'Choose a kind of agency from the list',
  );
  await expect(ratings.kind).toHaveValue('POLICE_FORCE');
  expect((await page.goto('/ratings/not-an-agency'))?.status()).toBe(404);
});

test('nothing in preparation shows anywhere on the public site: no draft plan, embargoed recommendation or draft programme', async ({
  page,
}) => {
  const pages = [
    ...publicPaths,
    '/ratings?kind=PROBATION_REGION',
    `/ratings/${encodeURIComponent(agencyId)}`,
    `/recommendations?agency=${encodeURIComponent(agencyId)}`,
    '/published-plans?kind=PROBATION_REGION',
  ];
  for (const path of pages) {
    await page.goto(path);
    const text = await page.locator('body').innerText();
    for (const secret of [
      draftPlanTitle,
      embargoedText,
      'to be published next month',
      draftProgrammeTitle,
    ])
      expect(text, `${path} shows "${secret}"`).not.toContain(secret);
  }
  await page.goto('/programme');
  await expect(page.locator('[data-qa="public-inspections"] tbody tr').first()).toBeVisible();
  // The embargoed report names only the North East; it adds nothing to the count of its recommendations.
  await page.goto(`/recommendations?agency=${encodeURIComponent(agencyId)}`);
  await expect(page.locator('[data-qa="recommendation"]')).toHaveCount(1);
  for (const path of [
    `/published-plans/${encodeURIComponent(draftPlanId)}`,
    `/published-plans/${encodeURIComponent(draftPlanId)}/print`,
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});

test('works by keyboard alone: skip link, then from the home page to a region’s ratings and its recommendations, with the focus always visible', async ({
  page,
}) => {
  await PublicHomePage.open(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
  await expect(page.locator('main')).toBeFocused();

  // The next stop after the skip link's target is the first link in the content, not the header.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'How each agency treats victims' })).toBeFocused();
  await page.keyboard.press('Enter');
  const ratings = await RatingsPage.verifyOnPage(page);
  await focusAtTopOfPage(page);

  await tabTo(page, ratings.kind);
  // A closed select takes typed letters to choose an option, as a keyboard user would.
  await page.keyboard.type('Probation r');
  await expect(ratings.kind).toHaveValue('PROBATION_REGION');
  await tabTo(page, ratings.show);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/kind=PROBATION_REGION/);
  await focusAtTopOfPage(page);

  await tabTo(page, page.getByRole('link', { name: region }));
  await page.keyboard.press('Enter');
  const agency = await AgencyRatingsPage.verifyOnPage(page, region);
  await expect(agency.inspectedAgo).toContainText('14 months ago');
  await focusAtTopOfPage(page);

  await tabTo(page, agency.recommendationsLink);
  await page.keyboard.press('Enter');
  const recommendations = await RecommendationsPage.verifyOnPage(page);
  await expect(recommendations.card(reportTitle)).toBeVisible();
});

/** What sticks out past the right of the window (none when the page has nothing to scroll sideways to). */
const tooWide = (page: Page) =>
  page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth) return [];
    return [...document.querySelectorAll('main *, header *, footer *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(-3)
      .map(
        (element) =>
          `<${element.tagName.toLowerCase()} class="${element.className}">${element.textContent?.trim().slice(0, 40)}`,
      );
  });

test('readable on a phone: no page of the public site scrolls sideways at 320 or 375 pixels wide', async ({
  page,
}) => {
  const pages = [
    ...publicPaths,
    '/ratings?kind=PROBATION_REGION',
    `/ratings/${encodeURIComponent(agencyId)}`,
    `/recommendations?agency=${encodeURIComponent(agencyId)}`,
    `/agencies/${encodeURIComponent(agencyId)}`,
  ];
  const plan = await page
    .goto('/published-plans')
    .then(() => page.locator('[data-qa="published-plans"] a').first().getAttribute('href'));
  if (plan) pages.push(plan, `${plan}/print`);
  const overflowing: Record<string, string[]> = {};
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 740 });
    for (const path of pages) {
      await page.goto(path);
      const wide = await tooWide(page);
      if (wide.length) overflowing[`${path} at ${width}px`] = wide;
    }
  }
  expect(overflowing).toEqual({});
  // The menu folds away behind a button on a phone, and opens by keyboard.
  await PublicHomePage.open(page);
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toBeVisible();
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Recommendations' }),
  ).toBeVisible();
});

for (const [device, width] of [
  ['a desktop', 1024],
  ['a phone', 320],
] as const) {
  test(`every public page passes axe for WCAG 2.2 AA on ${device}`, async ({ page }) => {
    // Sixteen pages, each analysed in full: more than the default half-minute on a shared machine.
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    const plan = await page
      .goto('/published-plans')
      .then(() => page.locator('[data-qa="published-plans"] a').first().getAttribute('href'));
    const pages = [
      ...publicPaths,
      '/ratings?kind=PROBATION_REGION',
      '/ratings?kind=NOT_A_KIND',
      `/ratings/${encodeURIComponent(agencyId)}`,
      `/recommendations?agency=${encodeURIComponent(agencyId)}`,
      '/recommendations?agency=not-an-agency&source=NOT_A_SOURCE',
      `/agencies/${encodeURIComponent(agencyId)}`,
      ...(plan ? [plan, `${plan}/print`] : []),
    ];
    const violations: Record<string, string[]> = {};
    for (const path of pages) {
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      if (results.violations.length)
        violations[path] = results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
    }
    expect(violations).toEqual({});
  });
}
