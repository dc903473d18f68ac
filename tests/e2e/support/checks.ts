import type { Page } from '@playwright/test';

/** The buttons of a plan's moves that lead to a check page before the move is made. */
export const checkedMoveButtons = [
  'Submit to the inspectorate',
  'Save and submit to the inspectorate',
  'Record laying before Parliament',
  'Record publication',
  'Close the plan',
];

/** On the check page before a move, goes on: "Yes, …" or "… anyway". */
export async function goOnAfterCheck(page: Page): Promise<void> {
  await page
    .locator('[data-qa="check-move"]')
    .getByRole('button', { name: /^(Yes, .*|.* anyway)$/ })
    .click();
}
