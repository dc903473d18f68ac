/** Filling a GOV.UK date input (day, month, year) as a person types it. */
import type { Locator, Page } from '@playwright/test';

/** The date input whose legend is `legend`, within `scope`. */
export function dateInput(scope: Page | Locator, legend: string | RegExp): Locator {
  return scope.getByRole('group', { name: legend, exact: typeof legend === 'string' });
}

/** Types an ISO date (YYYY-MM-DD) into a date input: "1", "4", "2026". */
export async function fillDate(group: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await group.getByLabel('Day').fill(String(Number(day)));
  await group.getByLabel('Month').fill(String(Number(month)));
  await group.getByLabel('Year').fill(year);
}

/** The ISO date a date input holds, or "" if it is not a whole date. */
export async function dateValue(group: Locator): Promise<string> {
  const day = await group.getByLabel('Day').inputValue();
  const month = await group.getByLabel('Month').inputValue();
  const year = await group.getByLabel('Year').inputValue();
  if (!day || !month || !year) return '';
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
