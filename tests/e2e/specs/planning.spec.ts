import AxeBuilder from '@axe-core/playwright';
import { dateInput, fillDate } from '../support/dates.ts';
import { expect, test } from '@playwright/test';
import { ProgrammePage, ProgrammesPage, TimelinePage } from '../pages/planning-pages.ts';

test.describe.configure({ mode: 'serial' });

const programmeTitle = 'Joint inspection programme 2026 to 2028';
const victimsJourney = {
  title: 'Victims’ journey',
  victimsThematic: true,
  theme: "Victims' experience from report to court",
  scope: 'How police, the CPS, HMCTS and HMPPS keep victims informed and supported.',
  lead: 'HM Inspectorate of Constabulary and Fire & Rescue Services',
  partners: ['HM Crown Prosecution Service Inspectorate'],
  kinds: ['Police forces', 'CPS areas'],
  localities: [
    { group: 'Police forces', name: 'Kent Police' },
    { group: 'Police forces', name: 'Essex Police' },
    { group: 'Police forces', name: 'Gwent Police' },
    { group: 'Police forces', name: 'Cumbria Constabulary' },
    { group: 'CPS areas', name: 'CPS South East' },
  ],
  fieldwork: ['2027-03-01', '2027-03-26'] as [string, string],
};

test('a planner records a direction requiring two victims’ thematics', async ({ page }) => {
  await page.goto('/plan/directions');
  // The form that records a new direction (each direction's own correction form has a Title too).
  const record = page.locator('form[action="?/record"]');
  await record.getByLabel('Reference').fill('VPA-2026-01');
  await record.getByLabel('Title', { exact: true }).fill("Victims' thematic inspections");
  await fillDate(dateInput(record, 'Date drafted'), '2026-01-10');
  await fillDate(dateInput(record, 'In force from'), '2026-04-01');
  // The administrator records each minister's agreement, with the day it was given.
  for (const minister of ['Home Secretary', 'Lord Chancellor', 'Attorney General'])
    await fillDate(dateInput(record, new RegExp(`^Date the ${minister}`)), '2026-01-15');
  await record.getByLabel('Yes, all three ministers have agreed').check();
  await record.getByLabel("Victims' thematics required").fill('2');
  await record.getByLabel('Programme', { exact: true }).check();
  const kinds = record.getByRole('group', { name: 'Each counted thematic must cover' });
  await kinds.getByLabel('Police forces').check();
  await kinds.getByLabel('CPS areas').check();
  await record
    .getByLabel('What the direction says')
    .fill(
      "Each programme shall include at least two joint thematic inspections of victims' experiences.",
    );
  await page.getByRole('button', { name: 'Record the direction' }).click();
  await expect(
    page.getByRole('heading', { name: "VPA-2026-01: Victims' thematic inspections" }),
  ).toBeVisible();
});

test('a planner plans a programme, sees a clash and an unmet direction, and resolves both', async ({
  page,
}) => {
  const programmes = await ProgrammesPage.open(page);
  await programmes.page.getByLabel('Title').fill(programmeTitle);
  await fillDate(dateInput(programmes.page, 'Start date'), '2026-02-31');
  await programmes.page.getByRole('button', { name: 'Start a draft programme' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'Start date must be a real date',
  );

  const programme = await programmes.startProgramme(programmeTitle, '2026-04-01', '2028-03-31');
  await expect(programme.directionChecks()).toContainText('Not met');
  await expect(programme.directionChecks()).toContainText("0 of the 2 victims' thematics");

  await programme.addInspection(victimsJourney);
  await ProgrammePage.verifyOnPage(page, programmeTitle);
  await expect(page.locator('[data-qa="inspections"]')).toContainText('Victims’ journey');
  await expect(programme.warnings()).toContainText('No clashes');

  await programme.addInspection({
    title: 'Custody suites',
    victimsThematic: false,
    theme: 'Police custody',
    scope: 'Conditions and treatment of detainees in custody suites.',
    lead: 'HM Inspectorate of Prisons',
    partners: ['HM Inspectorate of Constabulary and Fire & Rescue Services'],
    kinds: ['Police forces'],
    localities: [{ group: 'Police forces', name: 'Kent Police' }],
    fieldwork: ['2027-03-22', '2027-04-09'],
  });
  await expect(programme.warnings()).toContainText(
    'Locality clash: Kent Police is in fieldwork for "Victims’ journey" (1 March 2027 to 26 March 2027) and "Custody suites" (22 March 2027 to 9 April 2027) at the same time',
  );

  await page.getByRole('link', { name: 'See the timeline and reschedule phases' }).click();
  const timeline = await TimelinePage.verifyOnPage(page);
  await expect(timeline.bar('fieldwork', 'Custody suites')).toHaveAccessibleName(/has a warning/);
  await timeline.reschedule('fieldwork', 'Custody suites', '2027-04-12', '2027-04-30');
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'Fieldwork of Custody suites is now 12 April 2027 to 30 April 2027.',
  );
  await expect(page.locator('[data-qa="warnings"]')).toContainText('No clashes');
  await expect(timeline.bar('fieldwork', 'Custody suites')).not.toHaveAccessibleName(
    /has a warning/,
  );

  await page.getByRole('link', { name: programmeTitle }).click();
  await programme.addInspection({
    ...victimsJourney,
    title: 'Domestic abuse victims',
    localities: [
      { group: 'Police forces', name: 'Essex Police' },
      { group: 'CPS areas', name: 'CPS East of England' },
    ],
    fieldwork: ['2027-05-03', '2027-05-28'],
  });
  await expect(programme.directionChecks()).toContainText('Met');
  await expect(programme.directionChecks()).not.toContainText('Not met');
});

test('the judicial exclusion is explained beside the scope field', async ({ page }) => {
  await page.goto('/plan');
  await page.getByRole('link', { name: programmeTitle }).click();
  const programme = await ProgrammePage.verifyOnPage(page, programmeTitle);
  await programme.addInspection({
    ...victimsJourney,
    title: 'Sentencing',
    scope: "How magistrates' sentencing decisions reflect victim personal statements.",
  });
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'Inspections may never look at judicial decisions or the exercise of judicial discretion',
  );
  await expect(page.locator('#administrationOnlyStatement-error')).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('Sentencing');
});

test('the timeline can be worked by keyboard, and the planning pages pass axe', async ({
  page,
}) => {
  await page.goto('/plan');
  await page.getByRole('link', { name: programmeTitle }).click();
  await page.getByRole('link', { name: 'See the timeline and reschedule phases' }).click();
  const timeline = await TimelinePage.verifyOnPage(page);
  await timeline.bar('scoping', 'Victims’ journey').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#reschedule')).toBeVisible();
  for (const url of [page.url(), '/plan', '/plan/directions']) {
    await page.goto(url);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations, url).toEqual([]);
  }
});

test('the programme downloads as CSV and as an iCalendar feed', async ({ page, request }) => {
  await page.goto('/plan');
  await page.getByRole('link', { name: programmeTitle }).click();
  await ProgrammePage.verifyOnPage(page, programmeTitle);
  const href = new URL(page.url()).pathname;
  const download = await request.get(`${href}/programme.csv`);
  expect(download.headers()['content-disposition']).toBe(
    'attachment; filename="joint-inspection-programme-2026-to-2028.csv"',
  );
  const csv = await download.text();
  expect(csv.split('\n')[0]).toBe(
    'programme,programme_status,inspection,inspection_kind,victims_thematic,inspection_status,lead_inspectorate,partner_inspectorates,localities,phase,planned_start,planned_end,actual_start,actual_end,inspector_weeks',
  );
  expect(csv).toContain(
    'Custody suites,JOINT_THEMATIC,no,PLANNED,HMI Prisons,HMICFRS,Kent Police,Fieldwork,2027-04-12,2027-04-30',
  );
  const ics = await request.get(`${href}/phases.ics`);
  expect(ics.headers()['content-type']).toMatch(/text\/calendar/);
  const body = await ics.text();
  expect(body).toContain('SUMMARY:Fieldwork: Custody suites');
  expect(body).toContain('DTSTART;VALUE=DATE:20270412');
  expect(body).toContain('DTEND;VALUE=DATE:20270501');
});

test('once agreed and published, the programme is on the public programme page, read-only', async ({
  page,
}) => {
  // Not public before it is published (another journey may have published a later one).
  await page.goto('/programme');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(programmeTitle);
  await expect(page.getByText(programmeTitle)).toHaveCount(0);

  await page.goto('/plan');
  await page.getByRole('link', { name: programmeTitle }).click();
  await ProgrammePage.verifyOnPage(page, programmeTitle);
  await page.getByRole('button', { name: 'Mark as agreed by the inspectorates' }).click();
  await page.getByRole('button', { name: /^(Yes, agree the programme|Agree anyway)$/ }).click();
  await page.getByRole('button', { name: 'Publish the programme' }).click();
  await page.getByRole('button', { name: /^(Yes, publish the programme|Publish anyway)$/ }).click();
  await expect(page.locator('[data-qa="status-history"]')).toContainText('Published on');

  await page.goto('/programme');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(programmeTitle);
  await expect(page.locator('[data-qa="public-inspections"] tbody tr')).toHaveCount(3);
  await expect(page.locator('[data-qa="public-inspections"]')).toContainText('Custody suites');
  await expect(page.locator('[data-qa="timeline"]')).toBeVisible();
  await expect(page.locator('[data-qa="timeline"] a')).toHaveCount(0);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations).toEqual([]);
});
