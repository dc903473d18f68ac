/**
 * A planner sees a force's inspection burden: three fieldwork visits in the 12 months to today
 * on its page and in the table across forces; planning a fourth warns on the programme.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { graphql, mutate } from '../support/api.ts';
import { ProgrammePage } from '../pages/planning-pages.ts';

test.describe.configure({ mode: 'serial', timeout: 90_000 });

const force = 'Durham Constabulary';
const draftTitle = 'Burden programme 2026 to 2028';
let forceId = '';
let draftPath = '';

async function screenshotsAxeClean(page: Page, name: string) {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/${name}-${width}.png`, fullPage: true });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.beforeAll(async ({ request }) => {
  const { agencies, inspectorates } = await graphql(
    request,
    `
      {
        agencies(first: 200) {
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
      }
    `,
  );
  forceId = agencies.edges.find((e: any) => e.node.name === force).node.id;
  const hmicfrs = inspectorates.find((i: any) => i.shortName === 'HMICFRS').id;
  const agreed = await mutate(
    request,
    'createProgramme',
    { title: 'Burden programme 2025 to 2027', startsOn: '2025-04-01', endsOn: '2027-03-31' },
    'id version',
  );
  for (const [title, start, end] of [
    ['PEEL Durham', '2026-01-12', '2026-01-30'],
    ['Custody Durham', '2026-05-11', '2026-05-22'],
    ['Stalking Durham', '2026-09-07', '2026-09-18'],
  ] as const)
    await mutate(request, 'addInspection', {
      programmeId: agreed.id,
      title,
      kind: 'CORE',
      victimsThematic: false,
      theme: 'Police effectiveness',
      scopeStatement: `How ${force} investigates crime and supports victims.`,
      leadInspectorateId: hmicfrs,
      partnerInspectorateIds: [],
      agencyKindsInScope: ['POLICE_FORCE'],
      localityIds: [forceId],
      phases: [
        { kind: 'SCOPING', plannedStart: '2025-10-06', plannedEnd: '2025-12-19' },
        { kind: 'FIELDWORK', plannedStart: start, plannedEnd: end },
        { kind: 'REPORTING', plannedStart: '2026-10-05', plannedEnd: '2026-12-18' },
        { kind: 'PUBLICATION', plannedStart: '2027-02-16', plannedEnd: '2027-02-16' },
      ],
    });
  await mutate(request, 'changeProgrammeStatus', {
    programmeId: agreed.id,
    status: 'AGREED',
    expectedVersion: agreed.version,
  });
  const draft = await mutate(request, 'createProgramme', {
    title: draftTitle,
    startsOn: '2026-04-01',
    endsOn: '2028-03-31',
  });
  draftPath = `/plan/programmes/${encodeURIComponent(draft.id)}`;
});

test('a force’s page shows three visits in 12 months, and the table across forces', async ({
  page,
}) => {
  await page.goto(`/agencies/${encodeURIComponent(forceId)}`);
  await expect(page.locator('[data-qa="burden-summary"]')).toContainText(
    `3 fieldwork visits to ${force} in the 12 months to`,
  );
  await expect(page.locator('[data-qa="burden-summary"]')).toContainText(
    'Planning warns from the 4th visit in 12 months.',
  );
  await expect(page.locator('[data-qa="burden-visits"] tbody tr')).toHaveCount(3);
  await screenshotsAxeClean(page, 'burden-agency');

  await page.goto('/plan');
  await page.getByRole('link', { name: 'Inspection burden across forces' }).click();
  const row = page.locator('[data-qa="forces-burden"] tr', { hasText: force });
  await expect(row.locator('td').first()).toHaveText('3');
  await screenshotsAxeClean(page, 'burden-forces');
});

test('planning a fourth visit in 12 months warns on the programme', async ({ page }) => {
  await page.goto(draftPath);
  const programme = await ProgrammePage.verifyOnPage(page, draftTitle);
  await programme.addInspection({
    title: 'Rape investigation Durham',
    victimsThematic: true,
    theme: 'Rape investigation and prosecution',
    scope: 'How the police and the CPS investigate and prosecute rape, and support victims.',
    lead: 'HM Inspectorate of Constabulary and Fire & Rescue Services',
    partners: ['HM Crown Prosecution Service Inspectorate'],
    kinds: ['Police forces'],
    localities: [{ group: 'Police forces', name: force }],
    fieldwork: ['2026-11-02', '2026-11-20'],
  });
  await ProgrammePage.verifyOnPage(page, draftTitle);
  await expect(programme.warnings()).toContainText('Inspection burden');
  await expect(programme.warnings()).toContainText(
    `Fieldwork for "Rape investigation Durham" (HMICFRS) from 2 November 2026 would be ${force}'s 4th visit in 12 months`,
  );
});
