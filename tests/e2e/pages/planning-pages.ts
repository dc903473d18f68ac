import { expect, type Page } from '@playwright/test';
import { dateInput, fillDate } from '../support/dates.ts';

/** The planning screens, as a planner works through them. */
export class ProgrammesPage {
  constructor(readonly page: Page) {}

  static async open(page: Page) {
    await page.goto('/plan');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Joint inspection programmes' }),
    ).toBeVisible();
    return new ProgrammesPage(page);
  }

  /** A programme's end follows from its start: `endsOn` is what the page must then show. */
  async startProgramme(title: string, startsOn: string, endsOn: string) {
    await this.page.getByLabel('Title').fill(title);
    await fillDate(dateInput(this.page, 'Start date'), startsOn);
    await expect(this.page.locator('#startsOn-hint')).toContainText('two years');
    void endsOn;
    await this.page.getByRole('button', { name: 'Start a draft programme' }).click();
    return ProgrammePage.verifyOnPage(this.page, title);
  }
}

export class ProgrammePage {
  constructor(readonly page: Page) {}

  static async verifyOnPage(page: Page, title: string) {
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    return new ProgrammePage(page);
  }

  directionChecks() {
    return this.page.locator('[data-qa="direction-checks"]');
  }

  warnings() {
    return this.page.locator('[data-qa="warnings"]');
  }

  async addInspection(inspection: {
    title: string;
    victimsThematic: boolean;
    theme: string;
    scope: string;
    lead: string;
    partners: string[];
    kinds: string[];
    localities: Array<{ group: string; name: string }>;
    fieldwork: [string, string];
  }) {
    await this.page.getByRole('link', { name: 'Add an inspection' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Add an inspection' }),
    ).toBeVisible();
    const form = this.page.locator('main form');
    await form.getByLabel('Title').fill(inspection.title);
    await form.getByLabel('Joint thematic').check();
    if (inspection.victimsThematic) await form.getByLabel("This is a victims' thematic").check();
    await form.getByLabel('Theme').fill(inspection.theme);
    await form.getByLabel('Scope').fill(inspection.scope);
    await form.getByLabel('Lead inspectorate').selectOption({ label: inspection.lead });
    const partners = form.getByRole('group', { name: 'Partner inspectorates' });
    for (const partner of inspection.partners) await partners.getByLabel(partner).check();
    const kinds = form.getByRole('group', { name: 'Kinds of agency in scope' });
    for (const kind of inspection.kinds) await kinds.getByLabel(kind, { exact: true }).check();
    for (const { group, name } of inspection.localities) {
      const details = form
        .locator('details')
        .filter({ has: this.page.locator('summary', { hasText: group }) });
      if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open)))
        await details.locator('summary').click();
      await details.getByLabel(name, { exact: true }).check();
    }
    const phases: Array<[string, string, string]> = [
      ['Scoping', '2026-09-01', '2026-10-30'],
      ['Fieldwork', ...inspection.fieldwork],
      ['Reporting', '2027-06-01', '2027-09-30'],
      ['Publication', '2027-10-14', '2027-10-14'],
    ];
    for (const [phase, start, end] of phases) {
      const group = form.getByRole('group', { name: phase, exact: true });
      await fillDate(dateInput(group, 'Starts'), start);
      await fillDate(dateInput(group, 'Ends'), end);
    }
    await form.getByRole('button', { name: 'Add the inspection' }).click();
  }
}

export class TimelinePage {
  constructor(readonly page: Page) {}

  static async verifyOnPage(page: Page) {
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    return new TimelinePage(page);
  }

  bar(phase: string, inspection: string) {
    return this.page.getByRole('link', {
      name: new RegExp(`^Reschedule ${phase} of ${inspection}, `),
    });
  }

  async reschedule(phase: string, inspection: string, plannedStart: string, plannedEnd: string) {
    await this.bar(phase, inspection).click();
    const form = this.page.locator('#reschedule');
    await expect(form).toBeVisible();
    await fillDate(dateInput(form, 'Planned start'), plannedStart);
    await fillDate(dateInput(form, 'Planned end'), plannedEnd);
    await form.getByRole('button', { name: 'Save dates' }).click();
  }
}
