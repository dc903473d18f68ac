import { describe, expect, it } from 'vitest';
import { day } from '../shared/calendar.ts';
import {
  scheduleWarnings,
  type ScheduledInspection,
  type ScheduledPhase,
} from './schedule.rules.ts';

const programme = { start: day('2026-04-01'), end: day('2028-03-31') };
const kent = { id: 'kent', name: 'Kent Police' };
const essex = { id: 'essex', name: 'Essex Police' };

const phase = (
  id: string,
  kind: ScheduledPhase['kind'],
  start: string,
  end: string,
  extra: Partial<ScheduledPhase> = {},
): ScheduledPhase => ({
  id,
  kind,
  plannedStart: day(start),
  plannedEnd: day(end),
  actualStart: null,
  actualEnd: null,
  staffing: [],
  ...extra,
});
const inspection = (
  id: string,
  title: string,
  localities: ScheduledInspection['localities'],
  phases: ScheduledPhase[],
  status: ScheduledInspection['status'] = 'PLANNED',
): ScheduledInspection => ({ id, title, status, localities, phases });

describe('locality clashes', () => {
  it('warns when one locality is in fieldwork for two inspections in overlapping weeks', () => {
    const warnings = scheduleWarnings(
      programme,
      [
        inspection(
          'a',
          'Rape investigation',
          [kent, essex],
          [phase('a-f', 'FIELDWORK', '2027-03-01', '2027-03-26')],
        ),
        inspection(
          'b',
          'Stalking',
          [kent],
          [phase('b-f', 'FIELDWORK', '2027-03-22', '2027-04-09')],
        ),
      ],
      [],
      {},
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      kind: 'LOCALITY_CLASH',
      agencyId: 'kent',
      inspectionIds: ['a', 'b'],
      phaseIds: ['a-f', 'b-f'],
    });
    expect(warnings[0]!.message).toBe(
      'Kent Police is in fieldwork for "Rape investigation" (1 March 2027 to 26 March 2027) and "Stalking" (22 March 2027 to 9 April 2027) at the same time, from 22 March 2027 to 26 March 2027.',
    );
  });

  it('ignores back-to-back fieldwork, other phases, other localities and cancelled inspections', () => {
    const warnings = scheduleWarnings(
      programme,
      [
        inspection(
          'a',
          'A',
          [kent],
          [
            phase('a-f', 'FIELDWORK', '2027-03-01', '2027-03-21'),
            phase('a-r', 'REPORTING', '2027-03-22', '2027-05-01'),
          ],
        ),
        inspection('b', 'B', [kent], [phase('b-f', 'FIELDWORK', '2027-03-22', '2027-04-09')]),
        inspection('c', 'C', [essex], [phase('c-f', 'FIELDWORK', '2027-03-01', '2027-04-09')]),
        inspection(
          'd',
          'D',
          [kent],
          [phase('d-f', 'FIELDWORK', '2027-03-01', '2027-04-09')],
          'CANCELLED',
        ),
      ],
      [],
      {},
    );
    expect(warnings).toEqual([]);
  });

  it('uses actual dates over planned ones once recorded', () => {
    const warnings = scheduleWarnings(
      programme,
      [
        inspection(
          'a',
          'A',
          [kent],
          [
            phase('a-f', 'FIELDWORK', '2027-03-01', '2027-03-12', {
              actualStart: day('2027-03-08'),
              actualEnd: day('2027-03-24'),
            }),
          ],
        ),
        inspection('b', 'B', [kent], [phase('b-f', 'FIELDWORK', '2027-03-22', '2027-04-09')]),
      ],
      [],
      {},
    );
    expect(warnings.map((w) => w.kind)).toEqual(['LOCALITY_CLASH']);
  });
});

describe('capacity', () => {
  const hmicfrs = 'hmicfrs';
  const names = { hmicfrs: 'HMICFRS' };
  const staffed = (weeks: number) => [{ inspectorateId: hmicfrs, inspectorWeeks: weeks }];

  it('warns when an inspectorate’s planned inspector-weeks in a quarter exceed its capacity', () => {
    const warnings = scheduleWarnings(
      programme,
      [
        inspection(
          'a',
          'A',
          [kent],
          [phase('a-f', 'FIELDWORK', '2027-01-04', '2027-02-26', { staffing: staffed(30) })],
        ),
        inspection(
          'b',
          'B',
          [essex],
          [phase('b-f', 'FIELDWORK', '2027-02-01', '2027-03-26', { staffing: staffed(25) })],
        ),
      ],
      [{ inspectorateId: hmicfrs, quarterStart: day('2027-01-01'), inspectorWeeks: 50 }],
      names,
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      kind: 'OVER_CAPACITY',
      plannedWeeks: 55,
      capacityWeeks: 50,
      inspectionIds: ['a', 'b'],
    });
    expect(warnings[0]!.message).toBe(
      'HMICFRS is planned for 55 inspector-weeks in Jan to Mar 2027, over its capacity of 50.',
    );
  });

  it('spreads a phase crossing quarters over them by days', () => {
    // 20 weeks over 31 days in March and 30 in April: about 10.2 in Q1, 9.8 in Q2.
    const warnings = scheduleWarnings(
      programme,
      [
        inspection(
          'a',
          'A',
          [kent],
          [phase('a-f', 'FIELDWORK', '2027-03-01', '2027-04-30', { staffing: staffed(20) })],
        ),
      ],
      [
        { inspectorateId: hmicfrs, quarterStart: day('2027-01-01'), inspectorWeeks: 10 },
        { inspectorateId: hmicfrs, quarterStart: day('2027-04-01'), inspectorWeeks: 10 },
      ],
      names,
    );
    expect(
      warnings.map((w) => (w.kind === 'OVER_CAPACITY' ? [w.quarter.start, w.plannedWeeks] : null)),
    ).toEqual([[day('2027-01-01'), 10.2]]);
  });

  it('does not judge a quarter with no capacity recorded', () => {
    expect(
      scheduleWarnings(
        programme,
        [
          inspection(
            'a',
            'A',
            [kent],
            [phase('a-f', 'FIELDWORK', '2027-01-04', '2027-02-26', { staffing: staffed(300) })],
          ),
        ],
        [],
        names,
      ),
    ).toEqual([]);
  });
});

describe('phase placement', () => {
  it('warns about phases outside the programme and phases out of order', () => {
    const warnings = scheduleWarnings(
      programme,
      [
        inspection(
          'a',
          'A',
          [kent],
          [
            phase('a-s', 'SCOPING', '2027-05-01', '2027-05-30'),
            phase('a-f', 'FIELDWORK', '2027-04-01', '2027-04-20'),
            phase('a-p', 'PUBLICATION', '2028-04-10', '2028-04-10'),
          ],
        ),
      ],
      [],
      {},
    );
    expect(warnings.map((w) => w.message)).toEqual([
      'The publication of "A" (10 April 2028 to 10 April 2028) falls outside the programme (1 April 2026 to 31 March 2028).',
      'The fieldwork of "A" starts before its scoping.',
    ]);
  });
});
