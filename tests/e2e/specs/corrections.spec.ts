/**
 * Recorded facts are corrected with a reason, by whoever records them: an HMICFRS lead
 * corrects a rating's grade and the public agency page shows the corrected grade and when;
 * an agency's approver withdraws its answer to a recommendation, which is then owed again; a
 * minister's office corrects a direction's title. Each page is checked with axe and looked at
 * at 1280 and 320 pixels wide.
 */
import AxeBuilder from '@axe-core/playwright';
import {
  expect as baseExpect,
  test,
  type APIRequestContext,
  type Browser,
  type Page,
} from '@playwright/test';
import { graphql, mutate as mutateThroughApi } from '../support/api.ts';
import { scriptsReady } from '../support/scripts.ts';
import { dateInput, fillDate } from '../support/dates.ts';
import {
  AgencyRatingsPage,
  DirectionCard,
  RatingCorrectionPage,
  TrackedResponse,
} from '../pages/corrections-pages.ts';

test.describe.configure({ mode: 'serial', timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const force = 'Warwickshire Police';
const people = {
  lead: {
    email: 'corrections-lead@example.test',
    name: 'Cora Lead',
    password: 'corrections lead password',
  },
  approver: {
    email: 'corrections-approver@example.test',
    name: 'Asha Approver',
    password: 'corrections approver password',
  },
  office: {
    email: 'corrections-office@example.test',
    name: 'Omar Office',
    password: 'corrections office password',
  },
};
const directionReference = 'VPA-CORRECTIONS-1';
let forceId = '';

const mutate = (
  request: APIRequestContext,
  name: string,
  input: Record<string, unknown>,
  fields = 'id',
) => mutateThroughApi(request, name, input, fields);

async function axe(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations, what).toEqual([]);
}

/** The page at a desktop's and a small phone's width, for a person to look at. */
async function screenshots(page: Page, name: string) {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({
      path: `test-results/corrections-${name}-${width}.png`,
      fullPage: true,
    });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function signedInAs(browser: Browser, person: (typeof people)['lead']): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${person.name}`)).toBeVisible();
  return page;
}

test.beforeAll(async ({ request }) => {
  const scene = await graphql(
    request,
    `
      query ($search: String!) {
        inspectorates {
          id
          shortName
        }
        ministers {
          id
          title
        }
        agencies(filter: { search: $search }) {
          edges {
            node {
              id
              name
            }
          }
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
    { search: force },
  );
  const hmicfrs = scene.inspectorates.find((i: any) => i.shortName === 'HMICFRS').id;
  const homeSecretary = scene.ministers.find((m: any) => m.title === 'Home Secretary').id;
  forceId = scene.agencies.edges.find((e: any) => e.node.name === force).node.id;
  const peel = scene.ratingFrameworks.find((f: any) => f.name === 'PEEL');
  const grade = (label: string) => peel.grades.find((g: any) => g.label === label).id;
  await mutate(request, 'createAccount', {
    ...people.lead,
    roles: [{ role: 'INSPECTORATE_LEAD', organisationId: hmicfrs }],
  });
  await mutate(request, 'createAccount', {
    ...people.approver,
    roles: [{ role: 'AGENCY_APPROVER', organisationId: forceId }],
  });
  await mutate(request, 'createAccount', {
    ...people.office,
    roles: [{ role: 'MINISTER_OFFICE', organisationId: homeSecretary }],
  });
  await mutate(request, 'recordRating', {
    agencyId: forceId,
    frameworkId: peel.id,
    areaCode: 'TREATMENT_OF_VICTIMS',
    gradeId: grade('Inadequate'),
    ratedOn: '2026-03-14',
    rationale: 'Victims are not told when a suspect is released.',
  });
  const recommendation = await mutate(
    request,
    'recordRecommendation',
    {
      source: 'VICTIMS_COMMISSIONER_ANNUAL_REPORT',
      reportTitle: 'Annual report: corrections',
      publishedOn: '2026-10-01',
      reference: 'C1',
      text: 'Forces should tell victims within a day when a suspect is released.',
      addresseeIds: [forceId],
    },
    'id responses { id version }',
  );
  const response = recommendation.responses[0];
  await mutate(request, 'respondToRecommendation', {
    responseId: response.id,
    expectedVersion: response.version,
    answer: 'ACCEPTED',
    reasons: 'We agree and will change how officers update victims.',
    plannedActions: 'A new rota for updating victims by March.',
    respondedOn: '2026-11-02',
  });
  await mutate(request, 'recordDirection', {
    reference: directionReference,
    title: 'Direction on thematic inspections',
    kind: 'VICTIMS_THEMATICS',
    draftedOn: '2026-11-02',
    status: 'GIVEN',
    inForceFrom: '2027-04-01',
    agreements: scene.ministers.map((m: any) => ({ ministerId: m.id, agreedOn: '2026-11-05' })),
    minimumThematics: 1,
    period: 'PER_PROGRAMME',
    agencyKindsRequired: [],
    requirement: 'At least one victims’ thematic inspection in each programme.',
  });
});

test('an HMICFRS lead corrects a rating with a reason; the public agency page shows the corrected grade and when', async ({
  browser,
}) => {
  const page = await signedInAs(browser, people.lead);
  const agency = await AgencyRatingsPage.open(page, forceId, force);
  await expect(agency.latest).toContainText('Inadequate');
  await agency.correctLink.click();
  const correction = await RatingCorrectionPage.verifyOnPage(page);
  await scriptsReady(page);
  await axe(page, 'rating correction page');

  // No reason: refused, with what was chosen kept.
  await correction.correctGrade('Requires improvement', '');
  await expect(correction.errorSummary).toContainText('Say why it is corrected');
  await expect(page.locator('#reason-correct-error')).toBeVisible();
  await expect(correction.grade.locator('option:checked')).toHaveText('Requires improvement');
  await axe(page, 'rating correction page with an error');

  await correction.correctGrade(
    'Requires improvement',
    'The grade was mistyped: the report says requires improvement.',
  );
  await expect(correction.banner).toContainText('Rating corrected');
  await expect(correction.facts).toContainText('Requires improvement');
  await expect(page.locator('[data-qa="rating-corrected"]')).toContainText(
    'The grade was mistyped: the report says requires improvement.',
  );
  await screenshots(page, 'rating');

  // The public see the corrected grade, and when and why it was corrected.
  await page.context().clearCookies();
  const publicPage = await AgencyRatingsPage.open(page, forceId, force);
  await expect(publicPage.latest).toContainText('Requires improvement');
  await expect(publicPage.latest).not.toContainText('Inadequate');
  await expect(publicPage.corrected).toContainText(/^Corrected on \d+ \w+ 2026/);
  await expect(publicPage.corrected).toContainText(
    'The grade was mistyped: the report says requires improvement.',
  );
  await expect(publicPage.correctLink).toHaveCount(0);
  await axe(page, 'public agency page with a corrected rating');
  await screenshots(page, 'agency');
  await page.context().close();
});

test('an approver withdraws its answer to a recommendation, which is then owed again', async ({
  browser,
}) => {
  const page = await signedInAs(browser, people.approver);
  await page.goto('/track/recommendations');
  await scriptsReady(page);
  const response = new TrackedResponse(page, force);
  await expect(response.block).toContainText('Answered');
  await axe(page, 'recommendations with a correction form');
  await response.withdrawAnswer('');
  await expect(page.locator('.govuk-error-summary')).toContainText('Say why it is withdrawn');
  // Came back with errors: the form is open where the problem is.
  await expect(response.block.getByLabel('Why the answer is withdrawn')).toBeVisible();
  await response.block
    .getByLabel('Why the answer is withdrawn')
    .fill('Sent before the chief constable agreed it.');
  await response.block.getByRole('button', { name: /^Withdraw the answer/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    `${force}’s answer withdrawn: it owes an answer again`,
  );
  // Owed again, and past the 56 days the report gave.
  await expect(response.block).toContainText('Not yet answered');
  await expect(response.block.locator('.govuk-tag')).toHaveText('Overdue');
  await expect(response.block.locator('[data-qa="answer-withdrawn"]')).toContainText(
    'Sent before the chief constable agreed it.',
  );
  // The approver may answer afresh.
  await expect(response.block.getByText(`Record ${force}’s answer`)).toBeVisible();
  await axe(page, 'recommendations after an answer was withdrawn');
  await screenshots(page, 'recommendations');
  await page.context().close();
});

test('a minister’s office corrects a direction’s title with a reason', async ({ browser }) => {
  const page = await signedInAs(browser, people.office);
  await page.goto('/plan/directions');
  await scriptsReady(page);
  const direction = new DirectionCard(page, directionReference);
  await direction.correctTitle(
    "Direction on victims' thematic inspections",
    'The title lost a word when it was recorded.',
  );
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'Direction corrected',
  );
  const corrected = new DirectionCard(page, directionReference);
  await expect(corrected.card.getByRole('heading', { level: 2 })).toHaveText(
    `${directionReference}: Direction on victims' thematic inspections`,
  );
  await expect(corrected.card.locator('[data-qa="direction-corrected"]')).toContainText(
    'The title lost a word when it was recorded.',
  );
  await axe(page, 'directions after a correction');

  // The Home Secretary's own agreement: its day corrected, with a reason.
  const agreements = corrected.card.locator('[data-qa="agreements"]');
  await corrected.card.getByText('Correct or withdraw this agreement').first().click();
  const agreement = agreements.locator('form[action="?/correctAgreement"]').first();
  await fillDate(dateInput(agreement, 'Date the Home Secretary agreed'), '2026-11-06');
  await agreement
    .getByLabel('Why it is corrected or withdrawn')
    .fill('The Home Secretary signed a day later.');
  await agreement.getByRole('button', { name: /^Save the correction/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'Agreement corrected',
  );
  await expect(new DirectionCard(page, directionReference).card).toContainText(
    'Home Secretary: agreed on 6 November 2026',
  );
  await axe(page, 'directions after an agreement was corrected');
  await screenshots(page, 'directions');
  await page.context().close();
});
