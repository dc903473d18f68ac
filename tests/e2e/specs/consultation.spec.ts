import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ProgrammePage, ProgrammesPage } from '../pages/planning-pages.ts';
import { dateInput, fillDate } from '../support/dates.ts';

// Long journeys, each through many pages, each building on the one before.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const title = 'Joint inspection programme 2027 to 2029';
/** Today in the UK, as the service counts days. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
let consultationPath = '';
let publicPath = '';

const proposal = (topic: string, partner: string) => ({
  title: topic,
  victimsThematic: true,
  theme: "Victims' experience of the criminal justice system",
  scope: `How well agencies support victims: ${topic.toLowerCase()}.`,
  lead: 'HM Inspectorate of Constabulary and Fire & Rescue Services',
  partners: [partner],
  kinds: ['Police forces'],
  localities: [],
  fieldwork: ['2027-06-07', '2027-07-02'] as [string, string],
});

async function expectAxeClean(page: Page, path: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations, path).toEqual([]);
}

async function recordConsultee(
  page: Page,
  consultee: string,
  outcome: 'Response received' | 'Waived by both',
  fields: Record<string, string>,
) {
  await page.getByLabel('Statutory consultee').selectOption({ label: consultee });
  await page.getByLabel(outcome).check();
  for (const [label, value] of Object.entries(fields))
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) await fillDate(dateInput(page, label), value);
    else await page.getByLabel(label).fill(value);
  await page.getByRole('button', { name: 'Record the response' }).first().click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'The consultee’s response is recorded.',
  );
}

test('a planner proposes a 2027 to 2029 programme and opens consultation on it', async ({
  page,
}) => {
  const programmes = await ProgrammesPage.open(page);
  const programme = await programmes.startProgramme(title, '2027-04-01', '2029-03-31');
  await programme.addInspection(
    proposal('Victims of stalking', 'HM Crown Prosecution Service Inspectorate'),
  );
  await programme.addInspection(
    proposal('Victim contact in probation', 'HM Inspectorate of Probation'),
  );

  await page.getByRole('link', { name: 'Propose the programme for consultation' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Propose the programme for consultation' }),
  ).toBeVisible();
  await expectAxeClean(page, 'open consultation form');
  await fillDate(dateInput(page, 'Opens on'), today);
  await page.getByRole('button', { name: 'Open the consultation' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'Enter the date the consultation closes',
  );
  await fillDate(dateInput(page, /^Closes on/), today);
  await page.getByRole('button', { name: 'Open the consultation' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Consultation on the proposed programme' }),
  ).toBeVisible();
  consultationPath = new URL(page.url()).pathname;
  await expect(page.locator('[data-qa="proposals"]')).toContainText('Victims of stalking');
  publicPath = (await page
    .getByRole('link', { name: 'The proposal as the public sees it' })
    .getAttribute('href'))!;

  await page.goto('/track');
  await expect(page.locator('[data-qa="deadlines"]')).toContainText(
    `Close the consultation on "${title}" and say what changed`,
  );
});

test('the public sees the proposal: topic, why, lead and potential partners', async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/programme/consultations');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('[data-qa="consultation-state"]')).toContainText('This is a proposal');
  const row = page.locator('[data-qa="proposals"] tr', { hasText: 'Victims of stalking' });
  await expect(row).toContainText('How well agencies support victims: victims of stalking.');
  await expect(row).toContainText('HMICFRS');
  await expect(row).toContainText('HMCPSI');
  await expectAxeClean(page, publicPath);
  await context.close();
});

test('a planner records three consultee responses, a waiver and two public responses', async ({
  page,
}) => {
  await page.goto(consultationPath);
  await page.getByRole('button', { name: 'Record the response' }).first().click();
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'Choose the statutory consultee',
  );
  await page.getByLabel('Statutory consultee').selectOption({ label: 'Care Quality Commission' });
  await page.getByLabel('Response received').check();
  await page.getByRole('button', { name: 'Record the response' }).first().click();
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'Give the date the response came.',
  );
  await expect(page.locator('.govuk-error-summary')).toContainText('Give what the consultee said.');

  for (const consultee of [
    'Care Quality Commission',
    'Home Secretary',
    "His Majesty's Chief Inspector of Education, Children's Services and Skills",
  ])
    await recordConsultee(page, consultee, 'Response received', {
      'Received on (for a response)': today,
      'What the consultee said': `${consultee} supports the proposal.`,
      'Attachments’ references': `${consultee} letter.pdf`,
    });
  await recordConsultee(page, 'Auditor General for Wales', 'Waived by both', {
    'Chief inspector agreed to waive on (for a waiver)': today,
    'Consultee agreed to waive on (for a waiver)': today,
  });
  const consultees = page.locator('[data-qa="consultees"]');
  await expect(consultees.locator('tr', { hasText: 'Care Quality Commission' })).toContainText(
    'Response received',
  );
  await expect(consultees.locator('tr', { hasText: 'Auditor General for Wales' })).toContainText(
    'Waived by both',
  );

  for (const [respondent, topics] of [
    ['Suzy Lamplugh Trust', ['Victims of stalking']],
    ['A member of the public', ['Victims of stalking', 'Victim contact in probation']],
  ] as const) {
    await page.getByLabel('Who responded').fill(respondent);
    await fillDate(dateInput(page, 'Received on'), today);
    await page.getByLabel('What the response said').fill('Please look at how victims are told.');
    const group = page.getByRole('group', { name: /The proposals it concerns/ });
    for (const topic of topics) await group.getByLabel(topic).check();
    await page.getByRole('button', { name: 'Record the response' }).last().click();
    await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
      'The public response is recorded.',
    );
  }
  await expect(page.locator('[data-qa="public-responses"] li')).toHaveCount(2);
  await expectAxeClean(page, consultationPath);
});

test('the lead cannot agree it while it is open; closing publishes what we heard', async ({
  page,
}) => {
  await page.goto('/plan');
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: 'Mark as agreed by the inspectorates' }).click();
  // The check before agreeing says it cannot be done yet, and offers no way to go on.
  const check = page.locator('[data-qa="confirm-move"]');
  await expect(check.getByRole('heading')).toHaveText('You cannot agree the programme yet');
  await expect(check).toContainText('close the consultation before agreeing it');
  await expect(check.getByRole('button')).toHaveCount(0);

  await check.getByRole('link', { name: 'Go to the consultation' }).click();
  await expect(page).toHaveURL(
    (url) => `${url.pathname}${url.hash}` === `${consultationPath}#close`,
  );
  await page.getByRole('button', { name: 'Close the consultation' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Say what you heard');
  await page
    .getByLabel('What we heard and what we changed')
    .fill(
      'We heard strong support for the stalking thematic, and added one on domestic abuse that respondents asked for.',
    );
  await page.getByRole('button', { name: 'Close the consultation' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'The consultation is closed.',
  );
  await expect(
    page.locator('[data-qa="consultees"] tr', { hasText: 'Care Quality Commission' }),
  ).toContainText('Response received');
  await expect(
    page.locator('[data-qa="consultees"] tr', { hasText: 'HM Inspectorate of Prisons' }),
  ).toContainText('None received');

  await page.getByRole('link', { name: title }).click();
  await page.getByRole('link', { name: 'Add an inspection' }).waitFor();
  const programme = new ProgrammePage(page);
  await programme.addInspection(
    proposal('Domestic abuse', 'HM Crown Prosecution Service Inspectorate'),
  );
  // Agreeing and publishing each ask first; with the consultation closed, both may go on.
  await page.getByRole('button', { name: 'Mark as agreed by the inspectorates' }).click();
  await page.getByRole('button', { name: /^(Yes, agree the programme|Agree anyway)$/ }).click();
  await page.getByRole('button', { name: 'Publish the programme' }).click();
  await page.getByRole('button', { name: /^(Yes, publish the programme|Publish anyway)$/ }).click();
  await expect(page.locator('.govuk-tag', { hasText: 'Published' }).first()).toBeVisible();
});

test('the public sees the agreed programme, what we heard and what changed', async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(publicPath);
  await expect(page.locator('[data-qa="outcome"]')).toContainText(
    'We heard strong support for the stalking thematic',
  );
  await expect(page.locator('[data-qa="changes"]')).toContainText(
    'Added "Domestic abuse", led by HMICFRS, was not in the proposal.',
  );
  await expect(page.locator('[data-qa="agreed-inspections"]')).toContainText('Domestic abuse');
  await expect(page.locator('[data-qa="proposals"]')).toContainText('Victims of stalking');
  await expectAxeClean(page, `${publicPath} (agreed)`);
  await context.close();
});
