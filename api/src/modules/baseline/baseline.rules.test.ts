import { describe, expect, it } from 'vitest';
import { day } from '../shared/calendar.ts';
import {
  changesSinceBaseline,
  daysFrom,
  phaseChange,
  type CurrentInspection,
} from './baseline.rules.ts';

const dates = (start: string, end: string) => ({ plannedStart: day(start), plannedEnd: day(end) });

describe('days between UK calendar days', () => {
  it('counts calendar days, later positive, across the clocks going forward and back', () => {
    expect(daysFrom(day('2027-03-27'), day('2027-03-29'))).toBe(2);
    expect(daysFrom(day('2027-10-30'), day('2027-11-01'))).toBe(2);
    expect(daysFrom(day('2027-05-10'), day('2027-05-03'))).toBe(-7);
  });
});

describe('a phase against its baseline dates', () => {
  it('is unchanged when both dates are the same', () => {
    expect(phaseChange(dates('2027-03-01', '2027-03-26'), dates('2027-03-01', '2027-03-26'))).toBe(
      null,
    );
  });

  it('slipped when it ends later, by the days its end moved, whatever its start did', () => {
    expect(
      phaseChange(dates('2027-03-01', '2027-03-26'), dates('2027-03-01', '2027-04-09')),
    ).toEqual({ kind: 'SLIPPED', days: 14 });
    expect(
      phaseChange(dates('2027-03-01', '2027-03-26'), dates('2027-02-22', '2027-03-29')),
    ).toEqual({ kind: 'SLIPPED', days: 3 });
  });

  it('moved when only its start changed, earlier negative and later positive', () => {
    expect(
      phaseChange(dates('2027-03-01', '2027-03-26'), dates('2027-02-22', '2027-03-26')),
    ).toEqual({ kind: 'MOVED', days: -7 });
    expect(
      phaseChange(dates('2027-03-01', '2027-03-26'), dates('2027-03-08', '2027-03-26')),
    ).toEqual({ kind: 'MOVED', days: 7 });
  });

  it('moved earlier when it finishes early', () => {
    expect(
      phaseChange(dates('2027-03-01', '2027-03-26'), dates('2027-03-01', '2027-03-19')),
    ).toEqual({ kind: 'MOVED', days: -7 });
  });
});

describe('changes since the baseline', () => {
  const inspection = (
    id: string,
    status: CurrentInspection['status'] = 'PLANNED',
    fieldwork = dates('2027-03-01', '2027-03-26'),
  ): CurrentInspection => ({
    id,
    title: `Inspection ${id}`,
    status,
    cancellationReason: status === 'CANCELLED' ? 'Resources moved to the rape thematic' : null,
    phases: [
      { id: `${id}-scoping`, kind: 'SCOPING', ...dates('2027-01-04', '2027-02-26') },
      { id: `${id}-fieldwork`, kind: 'FIELDWORK', ...fieldwork },
    ],
  });
  const baseline = {
    inspections: [
      { inspectionId: 'a', status: 'PLANNED' as const },
      { inspectionId: 'b', status: 'PLANNED' as const },
      { inspectionId: 'c', status: 'CANCELLED' as const },
    ],
    phases: ['a', 'b', 'c'].flatMap((id) => [
      { phaseId: `${id}-scoping`, ...dates('2027-01-04', '2027-02-26') },
      { phaseId: `${id}-fieldwork`, ...dates('2027-03-01', '2027-03-26') },
    ]),
  };

  it('lists a slipped phase with its days, a cancelled inspection with its reason, and an added one', () => {
    const changes = changesSinceBaseline(baseline, [
      inspection('a', 'IN_PROGRESS', dates('2027-03-01', '2027-04-16')),
      inspection('b', 'CANCELLED'),
      inspection('c', 'CANCELLED'),
      inspection('d'),
    ]);
    expect(changes.map((c) => [c.kind, c.inspectionId, c.phaseKind, c.days, c.message])).toEqual([
      ['SLIPPED', 'a', 'FIELDWORK', 21, 'Fieldwork slipped 21 days: now ends 16 April 2027.'],
      ['CANCELLED', 'b', null, null, 'Cancelled: Resources moved to the rape thematic'],
      ['ADDED', 'd', null, null, 'Added after the baseline.'],
    ]);
    expect(changes[0]).toMatchObject({
      baselineEnd: day('2027-03-26'),
      currentEnd: day('2027-04-16'),
    });
    expect(changes[1]).toMatchObject({
      baselineStart: day('2027-01-04'),
      baselineEnd: day('2027-03-26'),
    });
  });

  it('says nothing when the plan is as agreed', () => {
    expect(changesSinceBaseline(baseline, [inspection('a'), inspection('b')])).toEqual([]);
  });

  it('lists a phase added to an inspection after the baseline', () => {
    const later = inspection('a');
    later.phases.push({ id: 'a-new', kind: 'REPORTING', ...dates('2027-04-01', '2027-05-28') });
    expect(changesSinceBaseline(baseline, [later])).toMatchObject([
      { kind: 'ADDED', phaseKind: 'REPORTING', baselineStart: null, days: null },
    ]);
  });
});
