import { describe, expect, it } from 'vitest';
import { day } from '../shared/calendar.ts';
import { checkRatingRows, readRatingsCsv, type ImportLookups } from './rating-import.rules.ts';
import { UnreadableFileError } from '../shared/csv-file.ts';

const peelGrades = ['Outstanding', 'Good', 'Adequate', 'Requires improvement', 'Inadequate'];
const lookups = (): ImportLookups => ({
  agencies: new Map([
    ['kent police', { id: 'kent', name: 'Kent Police', kindCode: 'POLICE_FORCE', closedOn: null }],
    [
      'essex police',
      { id: 'essex', name: 'Essex Police', kindCode: 'POLICE_FORCE', closedOn: null },
    ],
    [
      'probation service wales',
      {
        id: 'wales',
        name: 'Probation Service Wales',
        kindCode: 'PROBATION_REGION',
        closedOn: null,
      },
    ],
    [
      'hmp old town',
      { id: 'old', name: 'HMP Old Town', kindCode: 'POLICE_FORCE', closedOn: day('2025-06-30') },
    ],
  ]),
  frameworks: new Map([
    [
      'peel',
      [
        {
          id: 'peel',
          name: 'PEEL',
          version: '2021/22 onwards',
          validFrom: null,
          validUntil: null,
          agencyKinds: ['POLICE_FORCE'],
          areaCodes: ['TREATMENT_OF_VICTIMS'],
          grades: new Map(peelGrades.map((g) => [g.toLowerCase(), { id: g, label: g }])),
          inspectorate: { id: 'hmicfrs', shortName: 'HMICFRS' },
        },
      ],
    ],
  ]),
  areas: new Map([
    ['treatment of victims', { code: 'TREATMENT_OF_VICTIMS', name: 'Treatment of victims' }],
    ['treatment_of_victims', { code: 'TREATMENT_OF_VICTIMS', name: 'Treatment of victims' }],
  ]),
  existing: new Set(['essex|peel|TREATMENT_OF_VICTIMS|2024-01-10']),
  kindNames: { PROBATION_REGION: 'probation regions' },
  today: day('2026-11-25'),
});

const csv = (...rows: string[]) =>
  ['agency,framework,area,grade,rated_on,rationale', ...rows].join('\n');

describe('reading a ratings file', () => {
  it('reads rows with their line numbers, whatever the header case', () => {
    const rows = readRatingsCsv(
      'Agency,Framework,Area,Grade,Rated_on,Rationale\nKent Police,PEEL,Treatment of victims,Good,2025-03-14,Fine\n',
    );
    expect(rows).toEqual([
      {
        line: 2,
        values: {
          agency: 'Kent Police',
          framework: 'PEEL',
          area: 'Treatment of victims',
          grade: 'Good',
          rated_on: '2025-03-14',
          rationale: 'Fine',
        },
      },
    ]);
  });

  it('reads back a downloaded file whose formula-like cells were guarded with a quote', () => {
    const [row] = readRatingsCsv(
      csv(`Kent Police,PEEL,Treatment of victims,Good,2025-03-14,"'=1+1"`),
    );
    expect(row!.values.rationale).toBe('=1+1');
    const [plain] = readRatingsCsv(
      csv(`Kent Police,PEEL,Treatment of victims,Good,2025-03-14,'quoted'`),
    );
    expect(plain!.values.rationale).toBe("'quoted'");
  });

  it('refuses a file without the columns it needs, naming them', () => {
    expect(() => readRatingsCsv('force,grade\nKent Police,Good\n')).toThrow(
      new UnreadableFileError(
        'The file needs the columns agency, framework, area, grade, rated_on, rationale; it has no agency, framework, area, rated_on, rationale column.',
      ),
    );
  });
});

describe('checking ratings row by row', () => {
  it('accepts a good row and turns it into a rating, reading UK dates', () => {
    const [row] = checkRatingRows(
      readRatingsCsv(
        csv(
          'Kent Police,PEEL,Treatment of victims,requires improvement,14/03/2025,Victims not kept informed',
        ),
      ),
      lookups(),
    );
    expect(row).toMatchObject({
      line: 2,
      problems: [],
      rating: {
        agencyId: 'kent',
        frameworkId: 'peel',
        gradeId: 'Requires improvement',
        ratedOn: '2025-03-14',
      },
    });
  });

  it('reports a bad grade, an unknown force and a duplicate row, each with its line', () => {
    const rows = checkRatingRows(
      readRatingsCsv(
        csv(
          'Kent Police,PEEL,Treatment of victims,Brilliant,2025-03-14,x',
          'Narnia Constabulary,PEEL,Treatment of victims,Good,2025-03-14,x',
          'Essex Police,PEEL,Treatment of victims,Good,2025-03-14,x',
          'Essex Police,PEEL,Treatment of victims,Adequate,2025-03-14,x',
        ),
      ),
      lookups(),
    );
    expect(rows.map((r) => [r.line, r.problems])).toEqual([
      [
        2,
        [
          '"Brilliant" is not a grade of PEEL: use Outstanding, Good, Adequate, Requires improvement, Inadequate.',
        ],
      ],
      [3, ['There is no agency called "Narnia Constabulary".']],
      [4, []],
      [5, ['It repeats line 4: Essex Police has one treatment of victims rating on that date.']],
    ]);
  });

  it('refuses a rating the database already holds, a future date, and a framework that does not rate the agency', () => {
    const rows = checkRatingRows(
      readRatingsCsv(
        csv(
          'Essex Police,PEEL,Treatment of victims,Good,2024-01-10,x',
          'Kent Police,PEEL,Treatment of victims,Good,2027-01-01,x',
          'Probation Service Wales,PEEL,Treatment of victims,Good,2025-01-01,x',
          'Kent Police,PEEL,Treatment of victims,Good,31/02/2025,',
        ),
      ),
      lookups(),
    );
    expect(rows.map((r) => r.problems)).toEqual([
      ['Essex Police already has a PEEL rating for treatment of victims on that date.'],
      ['The rating date 2027-01-01 is in the future.'],
      ['PEEL does not rate probation regions.'],
      [
        'The rationale is missing.',
        '"31/02/2025" is not a date: write it as 2025-03-14 or 14/03/2025.',
      ],
    ]);
  });

  it('refuses a rating dated after its agency closed, and keeps one from before', () => {
    const rows = checkRatingRows(
      readRatingsCsv(
        csv(
          'HMP Old Town,PEEL,Treatment of victims,Good,2025-06-30,On its last day',
          'HMP Old Town,PEEL,Treatment of victims,Good,2025-07-01,After it closed',
        ),
      ),
      lookups(),
    );
    expect(rows.map((r) => r.problems)).toEqual([
      [],
      ['HMP Old Town closed on 30 June 2025: a rating must be dated on or before then.'],
    ]);
    expect(rows[0]!.rating?.ratedOn).toBe('2025-06-30');
  });

  it('refuses rows on another inspectorate’s framework to a lead, and allows them to its own', () => {
    const file = readRatingsCsv(
      csv('Kent Police,PEEL,Treatment of victims,Good,2025-03-14,Victims kept informed'),
    );
    const asLeadOf = (inspectorate: string) =>
      checkRatingRows(file, { ...lookups(), mayRateFor: new Set([inspectorate]) })[0]!;
    expect(asLeadOf('prisons')).toMatchObject({
      problems: ['PEEL is HMICFRS’s framework: only its leads record its ratings.'],
    });
    expect(asLeadOf('prisons').rating).toBeUndefined();
    expect(asLeadOf('hmicfrs')).toMatchObject({ problems: [], rating: { frameworkId: 'peel' } });
    expect(checkRatingRows(file, { ...lookups(), mayRateFor: 'any' })[0]!.problems).toEqual([]);
  });

  it('warns of a date outside the named version’s period, listed with its row, and keeps the row', () => {
    const dated = lookups();
    const peel = dated.frameworks.get('peel')![0]!;
    Object.assign(peel, { validFrom: day('2021-04-01'), validUntil: day('2025-03-31') });
    const rows = checkRatingRows(
      readRatingsCsv(
        [
          'agency,framework,framework_version,area,grade,rated_on,rationale',
          'Kent Police,PEEL,2021/22 onwards,Treatment of victims,Good,2025-06-01,Kept informed',
          'Essex Police,PEEL,2021/22 onwards,Treatment of victims,Good,2024-06-01,Kept informed',
        ].join('\n'),
      ),
      dated,
    );
    expect(rows.map((row) => [row.line, row.problems, row.warnings])).toEqual([
      [
        2,
        [],
        [
          'The rating date must be in the period of PEEL 2021/22 onwards, which is in use from 1 April 2021 until 31 March 2025.',
        ],
      ],
      [3, [], []],
    ]);
    expect(rows[0]!.rating).toMatchObject({ agencyId: 'kent', ratedOn: '2025-06-01' });
  });
});
