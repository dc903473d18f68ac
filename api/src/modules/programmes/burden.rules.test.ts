import { describe, expect, it } from 'vitest';
import { day } from '../shared/calendar.ts';
import { burdenWarnings, visitsInYearTo, type Visit } from './burden.rules.ts';

const visit = (id: string, start: string, agencyId = 'kent'): Visit => ({
  id,
  inspectionId: `inspection-${id}`,
  what: `"${id}"`,
  agencyId,
  dates: { start: day(start), end: day(start) },
});
const agencies = new Map([
  ['kent', { id: 'kent', name: 'Kent Police', kindCode: 'POLICE_FORCE' }],
  ['hmp', { id: 'hmp', name: 'HMP Example', kindCode: 'PRISON' }],
]);
const thresholds = { POLICE_FORCE: 4, PRISON: 2 };

describe('the inspection burden', () => {
  const earlier = [
    visit('PEEL', '2026-05-04'),
    visit('Custody', '2026-09-07'),
    visit('Ofsted', '2027-01-11'),
  ];

  it('counts the visits starting in the 12 months up to a day, not those before', () => {
    expect(visitsInYearTo(earlier, 'kent', day('2027-05-04')).map((v) => v.id)).toEqual([
      'Custody',
      'Ofsted',
    ]);
    expect(visitsInYearTo(earlier, 'kent', day('2027-05-03')).map((v) => v.id)).toEqual([
      'PEEL',
      'Custody',
      'Ofsted',
    ]);
  });

  it('warns when new fieldwork would be the fourth visit to a force in 12 months', () => {
    const planned = [visit('Stalking', '2027-03-01')];
    expect(burdenWarnings(planned, earlier, agencies, thresholds)).toEqual([
      {
        kind: 'INSPECTION_BURDEN',
        message:
          `Fieldwork for "Stalking" from 1 March 2027 would be Kent Police's 4th visit in 12 months ` +
          `(a warning from the 4th): "PEEL" from 4 May 2026; "Custody" from 7 September 2026; ` +
          `"Ofsted" from 11 January 2027.`,
        inspectionIds: ['inspection-Stalking'],
        phaseIds: ['Stalking'],
        agencyId: 'kent',
        visits: 4,
      },
    ]);
  });

  it('does not warn for the third visit, or once the first has left the 12 months', () => {
    expect(
      burdenWarnings([visit('Stalking', '2027-03-01')], earlier.slice(1), agencies, thresholds),
    ).toEqual([]);
    expect(
      burdenWarnings([visit('Stalking', '2027-05-05')], earlier, agencies, thresholds),
    ).toEqual([]);
  });

  it('uses the number set for the agency’s kind, and ignores kinds without one', () => {
    const prison = [visit('HMIP', '2026-06-01', 'hmp')];
    expect(
      burdenWarnings([visit('Thematic', '2026-11-02', 'hmp')], prison, agencies, thresholds),
    ).toHaveLength(1);
    expect(burdenWarnings([visit('Thematic', '2026-11-02', 'hmp')], prison, agencies, {})).toEqual(
      [],
    );
  });
});
