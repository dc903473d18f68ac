/** A rating is given under a framework in use on its date: not before or after its period. */
import type { FieldIssue } from '../../errors.ts';
import { longDate } from '../shared/calendar.ts';

export function frameworkPeriodIssues(
  framework: { name: string; version: string; validFrom: Date | null; validUntil: Date | null },
  ratedOn: Date,
): FieldIssue[] {
  const before = framework.validFrom && ratedOn < framework.validFrom;
  const after = framework.validUntil && ratedOn > framework.validUntil;
  if (!before && !after) return [];
  const period = [
    framework.validFrom ? `from ${longDate(framework.validFrom)}` : '',
    framework.validUntil ? `until ${longDate(framework.validUntil)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return [
    {
      field: ['input', 'ratedOn'],
      message: `The rating date must be in the period of ${framework.name} ${framework.version}, which is in use ${period}.`,
    },
  ];
}
