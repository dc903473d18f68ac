/**
 * A planner works the timeline as a planning tool: drags a bar by mouse and moves one by
 * keyboard, sees a clash appear before anything is saved, saves three staged changes at once,
 * throws another away, and finds a phase outside the programme at the chart's edge.
 */
import AxeBuilder from '@axe-core/playwright';
import { scriptsReady } from '../support/scripts.ts';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { graphql, mutate } from '../support/api.ts';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const planner = {
  email: `timeline-planner-${Date.now()}@example.test`,
  name: 'Tim Planner',
  password: 'timeline planner password',
};
const programmeTitle = 'What-if programme 2034 to 2036';
let programmeId = '';
let timelinePath = '';

const phases = (fieldwork: [string, string], publication = '2035-10-14') => [
  { kind: 'SCOPING', plannedStart: '2034-09-01', plannedEnd: '2034-10-30' },
  { kind: 'FIELDWORK', plannedStart: fieldwork[0], plannedEnd: fieldwork[1] },
  { kind: 'REPORTING', plannedStart: '2035-06-01', plannedEnd: '2035-09-30' },
  { kind: 'PUBLICATION', plannedStart: publication, plannedEnd: publication },
];

async function signedInAs(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(planner.email);
  await page.getByLabel('Password').fill(planner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${planner.name}`)).toBeVisible();
  return page;
}

const bar = (page: Page, phase: string, inspection: string) =>
  page.getByRole('link', { name: new RegExp(`^Reschedule ${phase} of ${inspection}, `) });

async function savedPhase(request: Parameters<typeof graphql>[0], title: string, kind: string) {
  const data = await graphql(
    request,
    `
      query ($id: ID!) {
        programme(id: $id) {
          inspections {
            title
            phases {
              kind
              plannedStart
              plannedEnd
            }
          }
        }
      }
    `,
    { id: programmeId },
  );
  return data.programme.inspections
    .find((i: { title: string }) => i.title === title)
    .phases.find((p: { kind: string }) => p.kind === kind);
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
  const hmicfrs = found.inspectorates.find((i: { shortName: string }) => i.shortName === 'HMICFRS');
  const kent = found.agencies.edges.find(
    (e: { node: { name: string } }) => e.node.name === 'Kent Police',
  ).node.id;
  await mutate(request, 'createAccount', {
    ...planner,
    roles: [{ role: 'INSPECTORATE_PLANNER', organisationId: hmicfrs.id }],
  });
  programmeId = (
    await mutate(request, 'createProgramme', {
      title: programmeTitle,
      startsOn: '2034-04-01',
      endsOn: '2036-03-31',
    })
  ).id;
  timelinePath = `/plan/programmes/${encodeURIComponent(programmeId)}/timeline`;
  for (const [title, fieldwork, victims, publication] of [
    ['Victims’ journey', ['2035-03-01', '2035-03-26'], true, undefined],
    ['Custody suites', ['2035-04-16', '2035-05-04'], false, undefined],
    ['Stalking', ['2035-01-08', '2035-01-26'], true, '2036-05-01'],
  ] as const)
    await mutate(request, 'addInspection', {
      programmeId,
      title,
      kind: 'JOINT_THEMATIC',
      victimsThematic: victims,
      theme: 'Victims and the police',
      scopeStatement: 'How the police keep victims informed and supported.',
      leadInspectorateId: hmicfrs.id,
      partnerInspectorateIds: [],
      agencyKindsInScope: ['POLICE_FORCE'],
      localityIds: [kent],
      phases: phases([...fieldwork], publication),
    });
});

test('nothing is hidden: a phase past the end is at the edge, said in words, and filters work without JavaScript', async ({
  browser,
}) => {
  const page = await signedInAs(browser);
  await page.goto(timelinePath);
  await expect(page.locator('[data-qa="timeline"]')).toContainText(
    'Publication is after the programme: 1 May 2036',
  );
  const late = await bar(page, 'publication', 'Stalking').boundingBox();
  const track = await page.locator('[data-inspection-id] td').first().boundingBox();
  expect(late!.x + late!.width).toBeLessThanOrEqual(track!.x + track!.width + 4);
  await expect(bar(page, 'publication', 'Stalking')).toHaveAccessibleName(/outside the programme/);
  await expect(page.getByText('Today', { exact: true })).toHaveCount(0); // 2034 is not today

  const noScript = await browser.newContext({
    storageState: await page.context().storageState(),
    javaScriptEnabled: false,
  });
  const plain = await noScript.newPage();
  await plain.goto(timelinePath);
  await plain.getByLabel('Victims’ thematics only').check();
  await plain.getByLabel('Scale').selectOption('months');
  await plain.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(plain).toHaveURL(/victims=yes/);
  await expect(plain.getByText('Showing 2 of 3 inspections.')).toBeVisible();
  await expect(plain.locator('[data-qa="timeline"] caption')).toContainText('by month');
  await expect(bar(plain, 'fieldwork', 'Custody suites')).toHaveCount(0);
  await noScript.close();
  await page.context().close();
});

test('a planner drags a bar, sees the clash before saving, and throws the change away', async ({
  browser,
  request,
}) => {
  const page = await signedInAs(browser);
  await page.goto(timelinePath);
  // Saved, the programme's one warning is Stalking's publication after its end.
  await expect(page.locator('[data-qa="warnings"]')).toContainText('1 scheduling warning');
  await expect(page.locator('[data-qa="drag-options"]')).toBeVisible();
  const custody = bar(page, 'fieldwork', 'Custody suites');
  await custody.scrollIntoViewIfNeeded();
  const box = (await custody.boundingBox())!;
  const track = (await page.locator('[data-inspection-id] td').first().boundingBox())!;
  const dayWidth = track.width / 731;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 5; step++)
    await page.mouse.move(box.x + box.width / 2 - step * 6 * dayWidth, box.y + box.height / 2);
  await page.mouse.up();

  const staged = page.locator('[data-qa="staged-changes"]');
  await expect(staged).toContainText('1 change not yet saved');
  await expect(page.locator('[data-qa="warnings"]')).toContainText(
    'With the staged changes: 2 scheduling warnings',
  );
  await expect(page.locator('[data-qa="warnings"]')).toContainText(
    'Locality clash: Kent Police is in fieldwork for "Victims’ journey"',
  );
  await expect(custody).toHaveAccessibleName(/staged, not saved/);
  // Nothing saved: the programme as others see it is unchanged.
  expect(await savedPhase(request, 'Custody suites', 'FIELDWORK')).toMatchObject({
    plannedStart: '2035-04-16',
  });
  const others = await graphql(
    request,
    `
      query ($id: ID!) {
        programme(id: $id) {
          warnings {
            kind
          }
        }
      }
    `,
    {
      id: programmeId,
    },
  );
  expect(others.programme.warnings).toEqual([{ kind: 'OUTSIDE_PROGRAMME' }]);

  await page.reload();
  await expect(staged).toContainText('1 change not yet saved');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(staged).toHaveCount(0);
  await expect(page.locator('[data-qa="warnings"]')).toContainText('1 scheduling warning');
  await expect(page.locator('[data-qa="warnings"]')).not.toContainText('Locality clash');
  await expect(page.locator('[data-qa="announcer"]')).toHaveText('All staged changes discarded.');
  expect(await savedPhase(request, 'Custody suites', 'FIELDWORK')).toMatchObject({
    plannedStart: '2035-04-16',
  });
  await page.context().close();
});

test('a drag or a key that comes before the drag code has arrived is not lost, and a tap opens the form', async ({
  browser,
}) => {
  const page = await signedInAs(browser);
  // The drag code comes when the pointer or the focus first reaches the chart: hold it back.
  await page.route('**/_app/immutable/chunks/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('setPointerCapture')) await new Promise((done) => setTimeout(done, 1500));
    await route.fulfill({ response, body });
  });
  await page.goto(timelinePath);
  await expect(page.locator('[data-qa="drag-options"]')).toBeVisible();
  // Hydrated, but the drag code is fetched only when the pointer or the focus reaches the chart.
  await scriptsReady(page);
  const custody = bar(page, 'fieldwork', 'Custody suites');
  // Hovering waits until the bar is where the pointer lands (the page settles as it hydrates).
  await custody.hover();
  const box = (await custody.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  for (let step = 1; step <= 20; step++) {
    await page.mouse.move(box.x + box.width / 2 + step * 4, y);
    await page.waitForTimeout(100);
  }
  await page.mouse.up();
  const staged = page.locator('[data-qa="staged-changes"]');
  await expect(staged).toContainText('1 change not yet saved');
  await expect(page).toHaveURL((url) => !url.search.includes('phase='));
  await expect(page.locator('[data-qa="announcer"]')).toContainText(
    'Staged, not yet saved: Fieldwork of Custody suites',
  );
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(staged).toHaveCount(0);

  // A fresh visit: the focus arrives and the keys follow at once.
  await page.goto(timelinePath);
  await expect(page.locator('[data-qa="drag-options"]')).toBeVisible();
  // Hydrated, but the drag code is fetched only when the pointer or the focus reaches the chart.
  await scriptsReady(page);
  await bar(page, 'reporting', 'Stalking').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(staged).toContainText('1 change not yet saved');
  await expect(page.locator('[data-qa="announcer"]')).toContainText(
    'Staged, not yet saved: Reporting of Stalking: 3 June 2035 to 2 October 2035',
  );
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(staged).toHaveCount(0);

  // A tap before the code has arrived is a click on the bar's link: the reschedule form.
  await page.goto(timelinePath);
  await expect(page.locator('[data-qa="drag-options"]')).toBeVisible();
  // Hydrated, but the drag code is fetched only when the pointer or the focus reaches the chart.
  await scriptsReady(page);
  await bar(page, 'fieldwork', 'Custody suites').click();
  await expect(page.locator('#reschedule')).toBeVisible();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.context().close();
});

test('a planner moves phases by keyboard and saves three staged changes at once', async ({
  browser,
  request,
}) => {
  const page = await signedInAs(browser);
  await page.goto(timelinePath);
  const announcer = page.locator('[data-qa="announcer"]');
  const staged = page.locator('[data-qa="staged-changes"]');

  await bar(page, 'fieldwork', 'Custody suites').focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(announcer).toHaveText(
    'Fieldwork of Custody suites: 1 April 2035 to 19 April 2035. Enter to stage, Escape to undo.',
  );
  await page.keyboard.press('Enter');
  await expect(staged).toContainText('1 change not yet saved');
  await expect(announcer).toContainText('Staged, not yet saved: Fieldwork of Custody suites');

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(announcer).toHaveText('Move undone.');
  await expect(staged).toContainText('1 change not yet saved');

  await bar(page, 'reporting', 'Victims’ journey').focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Enter');
  await bar(page, 'reporting', 'Stalking').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.press('Enter');
  await expect(staged).toContainText('3 changes not yet saved');
  await expect(page.locator('[data-qa="warnings"]')).toContainText('With the staged changes');

  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations, `${width} px`).toEqual([]);
  }
  await page.setViewportSize({ width: 320, height: 900 });
  await expect(page.getByRole('list', { name: 'Inspections and their phases' })).toBeVisible();
  await expect(page.locator('.app-timeline__chart')).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole('button', { name: 'Save all changes' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'Success' });
  await expect(banner).toContainText('3 changes saved.');
  await expect(banner).toBeInViewport();
  await expect(staged).toHaveCount(0);
  await expect(bar(page, 'fieldwork', 'Custody suites')).toBeFocused();
  expect(await savedPhase(request, 'Custody suites', 'FIELDWORK')).toMatchObject({
    plannedStart: '2035-04-01',
    plannedEnd: '2035-04-19',
  });
  expect(await savedPhase(request, 'Victims’ journey', 'REPORTING')).toMatchObject({
    plannedStart: '2035-06-08',
    plannedEnd: '2035-10-07',
  });
  expect(await savedPhase(request, 'Stalking', 'REPORTING')).toMatchObject({
    plannedStart: '2035-06-01',
    plannedEnd: '2035-10-02',
  });
  await page.reload();
  await expect(staged).toHaveCount(0);
  await page.context().close();
});

test('a staged change someone else has overtaken saves nothing, and the error names the phase', async ({
  browser,
  request,
}) => {
  const page = await signedInAs(browser);
  await page.goto(timelinePath);
  await bar(page, 'scoping', 'Custody suites').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await bar(page, 'scoping', 'Stalking').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-qa="staged-changes"]')).toContainText('2 changes not yet saved');

  // Meanwhile a colleague moves Stalking's scoping.
  const found = await graphql(
    request,
    `
      query ($id: ID!) {
        programme(id: $id) {
          inspections {
            title
            phases {
              id
              kind
              version
            }
          }
        }
      }
    `,
    { id: programmeId },
  );
  const scoping = found.programme.inspections
    .find((i: { title: string }) => i.title === 'Stalking')
    .phases.find((p: { kind: string }) => p.kind === 'SCOPING');
  await mutate(request, 'reschedulePhase', {
    phaseId: scoping.id,
    expectedVersion: scoping.version,
    plannedStart: '2034-09-08',
    plannedEnd: '2034-11-06',
  });

  await page.getByRole('button', { name: 'Save all changes' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('scoping of “Stalking” at');
  expect(await savedPhase(request, 'Custody suites', 'SCOPING')).toMatchObject({
    plannedStart: '2034-09-01',
  });
  await page.context().close();
});
