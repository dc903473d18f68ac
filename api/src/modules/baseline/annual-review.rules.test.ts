import { describe, expect, it } from 'vitest';
import { day } from '../shared/calendar.ts';
import {
  annualReviewEntries,
  entryFromStore,
  programmeYear,
  reviewOutcome,
  reviewTotals,
  storedEntry,
  type ReviewedInspection,
} from './annual-review.rules.ts';

const programme = { startsOn: day('2026-04-01'), endsOn: day('2028-03-31') };

describe('programme years', () => {
  it('splits the two years at the anniversary of the start date', () => {
    expect(programmeYear(programme, 1)).toEqual({
      start: day('2026-04-01'),
      end: day('2027-03-31'),
    });
    expect(programmeYear(programme, 2)).toEqual({
      start: day('2027-04-01'),
      end: day('2028-03-31'),
    });
  });
});

describe('on time or late', () => {
  const today = day('2027-06-30');
  it('is on time when published on or before the planned day, late by the days after it', () => {
    expect(reviewOutcome('PUBLISHED', day('2027-05-14'), day('2027-05-14'), today)).toEqual({
      outcome: 'ON_TIME',
      days: null,
    });
    expect(reviewOutcome('PUBLISHED', day('2027-05-14'), day('2027-06-01'), today)).toEqual({
      outcome: 'LATE',
      days: 18,
    });
  });

  it('is overdue by the days so far once the planned day has passed unpublished', () => {
    expect(reviewOutcome('IN_PROGRESS', day('2027-06-20'), null, today)).toEqual({
      outcome: 'OVERDUE',
      days: 10,
    });
    expect(reviewOutcome('IN_PROGRESS', day('2027-06-30'), null, today)).toEqual({
      outcome: 'NOT_YET_DUE',
      days: null,
    });
  });

  it('is cancelled whatever the dates', () => {
    expect(reviewOutcome('CANCELLED', day('2027-01-01'), null, today).outcome).toBe('CANCELLED');
  });
});

describe('a year’s review', () => {
  const inspection = (
    id: string,
    start: string,
    publication: string,
    extra: Partial<ReviewedInspection> = {},
  ): ReviewedInspection => ({
    id,
    title: `Inspection ${id}`,
    status: 'PLANNED',
    cancellationReason: null,
    statusChanges: [],
    phases: [
      {
        id: `${id}-s`,
        kind: 'SCOPING',
        plannedStart: day(start),
        plannedEnd: day(start),
        actualStart: null,
        actualEnd: null,
      },
      {
        id: `${id}-r`,
        kind: 'REPORTING',
        plannedStart: day(start),
        plannedEnd: day(publication),
        actualStart: null,
        actualEnd: null,
      },
      {
        id: `${id}-p`,
        kind: 'PUBLICATION',
        plannedStart: day(publication),
        plannedEnd: day(publication),
        actualStart: null,
        actualEnd: null,
      },
    ],
    ...extra,
  });

  it('takes every inspection planned at least partly in the year, judged on the agreed dates', () => {
    const today = day('2027-05-01');
    const year1 = programmeYear(programme, 1);
    const inspections = [
      inspection('early', '2026-06-01', '2027-01-15', {
        status: 'PUBLISHED',
        statusChanges: [
          { toStatus: 'IN_PROGRESS', day: day('2026-06-08') },
          { toStatus: 'PUBLISHED', day: day('2027-02-01') },
        ],
      }),
      inspection('spanning', '2027-02-01', '2027-07-01'),
      inspection('later', '2027-06-01', '2027-12-01'),
      inspection('cancelled', '2026-09-01', '2027-03-01', {
        status: 'CANCELLED',
        cancellationReason: 'Fieldwork clashed with a PEEL inspection.',
      }),
    ];
    // The spanning inspection was moved into year 2 after the baseline: it still counts in year 1.
    inspections[1]!.phases[0]!.plannedStart = day('2027-04-05');
    const baseline = new Map([
      ['spanning-s', { plannedStart: day('2027-02-01'), plannedEnd: day('2027-02-01') }],
    ]);
    const entries = annualReviewEntries(year1, inspections, baseline, today);
    expect(entries.map((e) => [e.title, e.outcome, e.outcomeDays])).toEqual([
      ['Inspection early', 'LATE', 17],
      ['Inspection spanning', 'NOT_YET_DUE', null],
      ['Inspection cancelled', 'CANCELLED', null],
    ]);
    expect(entries[0]).toMatchObject({
      startedOn: day('2026-06-08'),
      startDaysLate: 7,
      publishedOn: day('2027-02-01'),
      publicationDaysLate: 17,
      plannedAsAgreed: false,
    });
    expect(entries[1]).toMatchObject({ plannedStart: day('2027-02-01'), plannedAsAgreed: true });
    expect(entries[2]!.cancellationReason).toBe('Fieldwork clashed with a PEEL inspection.');
    expect(reviewTotals(entries)).toMatchObject({
      planned: 3,
      started: 1,
      published: 1,
      late: 1,
      cancelled: 1,
    });
  });

  it('keeps a published entry as it was, dates and all', () => {
    const [entry] = annualReviewEntries(
      programmeYear(programme, 1),
      [inspection('a', '2026-06-01', '2027-01-15')],
      new Map(),
      day('2027-02-01'),
    );
    expect(entryFromStore(JSON.parse(JSON.stringify(storedEntry(entry!))))).toEqual(entry);
  });
});
