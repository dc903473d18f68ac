/**
 * What makes an agency's details acceptable, and what renaming and closing one may do. Plain
 * functions: the mutations and the CSV import both ask them, so a form and a file are held to
 * the same rules.
 */
import type { FieldIssue } from '../../errors.ts';
import { longDate } from '../shared/calendar.ts';

export interface AgencyDetails {
  name: string;
  shortName?: string | null;
  region?: string | null;
  notes?: string | null;
}

/** An agency another one may belong to, as the checks need it. */
export interface ParentChoice {
  id: string;
  name: string;
  closedOn: Date | null;
}

const limits = { name: 200, shortName: 100, region: 100, notes: 2000 } as const;

/**
 * Every problem with an agency's details at once. `nameTakenBy` says which agency already goes
 * by a name (in any case), so that two agencies never share one: people pick them by name.
 */
export function agencyDetailsIssues(
  details: AgencyDetails,
  nameTakenBy: (name: string) => string | undefined,
  path: string[] = ['input'],
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const name = details.name.trim();
  if (!name) issues.push({ field: [...path, 'name'], message: 'Enter the agency’s name' });
  else if (name.length > limits.name)
    issues.push({
      field: [...path, 'name'],
      message: `The name must be ${limits.name} characters or fewer`,
    });
  else {
    const holder = nameTakenBy(name);
    if (holder)
      issues.push({
        field: [...path, 'name'],
        message: `${holder} already has that name: give the agency a name of its own`,
      });
  }
  for (const key of ['shortName', 'region', 'notes'] as const) {
    const value = details[key]?.trim() ?? '';
    if (value.length > limits[key])
      issues.push({
        field: [...path, key],
        message: `The ${key === 'shortName' ? 'short name' : key} must be ${limits[key]} characters or fewer`,
      });
  }
  return issues;
}

/** The problem, if any, with the agency an agency is to belong to. */
export function parentIssues(
  parent: ParentChoice | null | undefined,
  field: string[],
  selfId?: string,
): FieldIssue[] {
  if (parent === undefined) return [];
  if (parent === null) return [{ field, message: 'Choose an agency from the list, or none' }];
  if (parent.id === selfId) return [{ field, message: 'An agency cannot belong to itself' }];
  if (parent.closedOn)
    return [
      {
        field,
        message: `${parent.name} closed on ${longDate(parent.closedOn)}: choose an open agency`,
      },
    ];
  return [];
}

/** A rename keeps the name it replaces; the new one must differ from it. */
export function renameIssues(
  current: { name: string; shortName: string | null },
  next: { name: string; shortName?: string | null },
  field: string[],
): FieldIssue[] {
  const same =
    current.name === next.name.trim() &&
    (current.shortName ?? '') === (next.shortName?.trim() ?? '');
  return same ? [{ field, message: 'Enter a name different from the one it has now' }] : [];
}

/** Why an agency cannot be closed on this day, if it cannot. */
export function closeIssues(
  agency: { name: string; closedOn: Date | null },
  closedOn: Date,
  today: Date,
  field: string[],
): FieldIssue[] {
  if (agency.closedOn)
    return [{ field, message: `${agency.name} already closed on ${longDate(agency.closedOn)}` }];
  if (closedOn.getTime() > today.getTime())
    return [{ field, message: 'Date closed must be today or in the past' }];
  return [];
}

/** Why an agency cannot be reopened with this reason, if it cannot. */
export function reopenIssues(
  agency: { name: string; closedOn: Date | null },
  reason: string,
  field: string[],
): FieldIssue[] {
  if (!agency.closedOn)
    return [{ field, message: `${agency.name} is open: there is nothing to undo` }];
  const said = reason.trim();
  if (!said) return [{ field, message: 'Enter why the agency is reopened' }];
  if (said.length > limits.notes)
    return [{ field, message: `The reason must be ${limits.notes} characters or fewer` }];
  return [];
}

/** Whether new work (a rating, a plan, a visit) may be dated on this day for the agency. */
export function closedBefore(agency: { closedOn: Date | null }, day: Date): boolean {
  return !!agency.closedOn && agency.closedOn.getTime() < day.getTime();
}
