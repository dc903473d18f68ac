/** Statutory deadlines and when they are missed. */
import { shiftDays } from '../shared/calendar.ts';

export type DeadlineSource =
  'INSPECTION_REPORT' | 'VICTIMS_COMMISSIONER_ANNUAL_REPORT' | 'URGENT_NOTIFICATION';

/** Days allowed to respond, from the day the report or notification is published. */
const responseDays: Record<DeadlineSource, number | null> = {
  // Victims and Prisoners Act 2024, s.22: named bodies respond within 56 days of the annual report.
  VICTIMS_COMMISSIONER_ANNUAL_REPORT: 56,
  // HMI Prisons' Urgent Notification protocol: the Secretary of State responds publicly within 28 days.
  URGENT_NOTIFICATION: 28,
  INSPECTION_REPORT: null,
};

export function responseDueOn(source: DeadlineSource, publishedOn: Date): Date | null {
  const days = responseDays[source];
  return days === null ? null : shiftDays(publishedOn, days);
}

/** Overdue from the day after the due date, until answered. */
export function isOverdue(dueOn: Date | null, answeredOn: Date | null, today: Date): boolean {
  return dueOn !== null && answeredOn === null && today.getTime() > dueOn.getTime();
}
