/** The gatekeeping pages: the list of other bodies' proposed inspections, recording one, deciding one. */
import { expect, type Page } from '@playwright/test';
import { dateInput, fillDate } from '../support/dates.ts';

export class ProposedInspectionsPage {
  constructor(readonly page: Page) {}

  static async open(page: Page) {
    await page.goto('/plan');
    await page.getByRole('link', { name: 'Other inspecting bodies’ proposed inspections' }).click();
    return ProposedInspectionsPage.verifyOnPage(page);
  }

  static async verifyOnPage(page: Page) {
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Other inspecting bodies’ proposed inspections',
      }),
    ).toBeVisible();
    return new ProposedInspectionsPage(page);
  }

  rowFor(title: string) {
    return this.page.locator('[data-qa="proposed-inspections"] tbody tr', { hasText: title });
  }

  async startRecording() {
    await this.page.getByRole('button', { name: 'Record a proposed inspection' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Record a proposed inspection' }),
    ).toBeVisible();
    return new RecordProposalPage(this.page);
  }
}

class RecordProposalPage {
  constructor(readonly page: Page) {}

  errorSummary() {
    return this.page.locator('.govuk-error-summary');
  }

  async fill(proposal: {
    body: string;
    title: string;
    covers: string;
    proposedOn: string;
    fieldwork: [string, string];
    agencies: string[];
  }) {
    const form = this.page.locator('main form');
    await form.getByLabel('Inspecting body').selectOption({ label: proposal.body });
    await form.getByLabel('Title').fill(proposal.title);
    await form.getByLabel('What it would cover').fill(proposal.covers);
    await fillDate(dateInput(form, 'Date the proposal came'), proposal.proposedOn);
    await fillDate(dateInput(form, 'Proposed start of fieldwork'), proposal.fieldwork[0]);
    await fillDate(dateInput(form, 'Proposed end of fieldwork'), proposal.fieldwork[1]);
    for (const agency of proposal.agencies) await form.getByLabel(agency, { exact: true }).check();
  }

  async submit() {
    await this.page.getByRole('button', { name: 'Record the proposal' }).click();
  }
}

export class ProposalPage {
  constructor(readonly page: Page) {}

  static async verifyOnPage(page: Page, title: string) {
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    return new ProposalPage(page);
  }

  decision() {
    return this.page.locator('[data-qa="decision"]');
  }

  errorSummary() {
    return this.page.locator('.govuk-error-summary');
  }

  async decide(decision: string, on: string, reasons: string, manner?: string) {
    const form = this.page.locator('main form');
    if (decision) await form.getByLabel(decision, { exact: true }).check();
    if (manner) await form.getByLabel('The manner it must not be carried out in').fill(manner);
    if (on) await fillDate(dateInput(form, 'Date of the decision'), on);
    await form.getByLabel('Reasons').fill(reasons);
    await form.getByRole('button', { name: 'Record the decision' }).click();
  }
}
