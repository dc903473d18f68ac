import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { peelRatingsCsv } from '../support/ratings-csv.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { comparisonQuery } from '@cjji/contract/ratings';

let db: TestDatabase;
let execute: Execute;
let stop: () => Promise<void>;
beforeAll(async () => {
  db = await createTestDatabase();
  ({ execute, stop } = await graphqlAgainst(db.prisma, new Date('2026-11-25T12:00:00Z')));
});
afterAll(async () => {
  await stop?.();
  await db?.close();
});

const importFields = `id status goodRows badRows rows(onlyProblems: true) { line agency problems }`;
async function check(fileName: string, csv: string) {
  const { data, errors } = await execute(
    `mutation($input: CheckRatingImportInput!) { checkRatingImport(input: $input) { __typename ... on Error { message } ... on InputError { issues { field message } } ... on MutationCheckRatingImportSuccess { data { ${importFields} } } } }`,
    { input: { fileName, csv } },
  );
  expect(errors).toBeUndefined();
  return data!.checkRatingImport;
}
/** Decides a file as a person who has it open at `expectedVersion` (by default, as it is now). */
async function decide(
  name: 'acceptRatingImport' | 'discardRatingImport',
  importId: string,
  expectedVersion?: number,
  as: Execute = execute,
) {
  expectedVersion ??= (
    await execute(`query($id: ID!) { ratingImport(id: $id) { version } }`, { id: importId })
  ).data!.ratingImport.version;
  const success =
    name === 'acceptRatingImport'
      ? 'MutationAcceptRatingImportSuccess'
      : 'MutationDiscardRatingImportSuccess';
  const { data, errors } = await as(
    `mutation($input: DecideRatingImportInput!) { ${name}(input: $input) { __typename ... on Error { message } ... on ${success} { data { status version } } } }`,
    { input: { importId, expectedVersion } },
  );
  expect(errors).toBeUndefined();
  return data![name];
}

// The query the ratings dashboard sends.
const comparison = comparisonQuery;

describe('importing ratings from a CSV file', () => {
  it('refuses a file with a bad grade, an unknown force and a duplicate row, row by row, writing nothing', async () => {
    const csv = [
      'agency,framework,area,grade,rated_on,rationale',
      'Kent Police,PEEL,Treatment of victims,Superb,2025-03-14,Victims are kept well informed',
      'Gotham City Police,PEEL,Treatment of victims,Good,2025-03-14,Victims are kept well informed',
      'Essex Police,PEEL,Treatment of victims,Good,2025-03-14,Victims are kept well informed',
      'Essex Police,PEEL,Treatment of victims,Adequate,2025-03-14,Victims are kept well informed',
    ].join('\n');
    const result = await check('bad.csv', csv);
    expect(result.data).toMatchObject({ status: 'CHECKED', goodRows: 1, badRows: 3 });
    expect(result.data.rows).toEqual([
      {
        line: 2,
        agency: 'Kent Police',
        problems: [
          '"Superb" is not a grade of PEEL: use Outstanding, Good, Adequate, Requires improvement, Inadequate.',
        ],
      },
      {
        line: 3,
        agency: 'Gotham City Police',
        problems: ['There is no agency called "Gotham City Police".'],
      },
      {
        line: 5,
        agency: 'Essex Police',
        problems: [
          'It repeats line 4: Essex Police has one treatment of victims rating on that date.',
        ],
      },
    ]);
    expect(await db.prisma.rating.count()).toBe(0);

    expect((await decide('discardRatingImport', result.data.id)).data.status).toBe('DISCARDED');
    expect(await db.prisma.rating.count()).toBe(0);
    expect(await decide('acceptRatingImport', result.data.id)).toMatchObject({
      __typename: 'InvalidStateError',
      message: 'This file was already discarded.',
    });
  });

  it('refuses a decision made on a file someone else decided since, naming them', async () => {
    const csv = [
      'agency,framework,area,grade,rated_on,rationale',
      'Kent Police,PEEL,Treatment of victims,Good,2019-03-14,Victims are kept well informed',
    ].join('\n');
    const result = await check('crossed.csv', csv);
    const colleague = await graphqlAgainst(db.prisma, new Date('2026-11-25T12:00:00Z'), {
      userId: null,
      name: 'Lee Lead',
      email: 'lee@test.invalid',
      sessionId: null,
      roles: [{ role: 'ADMINISTRATOR' }],
    });
    try {
      // Both opened the file at version 1; Lee discards it first.
      const discarded = await decide('discardRatingImport', result.data.id, 1, colleague.execute);
      expect(discarded.data).toEqual({ status: 'DISCARDED', version: 2 });
      const accepted = await decide('acceptRatingImport', result.data.id, 1);
      expect(accepted.__typename).toBe('ConflictError');
      expect(accepted.message).toMatch(/^Lee Lead changed this file at /);
      expect(await db.prisma.rating.count({ where: { ratedOn: new Date('2019-03-14') } })).toBe(0);
    } finally {
      await colleague.stop();
    }
  });

  it('refuses a file that is not a ratings CSV, saying which columns it needs', async () => {
    const result = await check('notes.csv', 'force;grade\nKent;Good\n');
    expect(result).toMatchObject({
      __typename: 'InputError',
      issues: [
        {
          field: ['input', 'csv'],
          message: expect.stringMatching(
            /^The file needs the columns agency, framework, area, grade, rated_on, rationale/,
          ),
        },
      ],
    });
  });

  it('imports five years of PEEL-style grades for all 43 forces once accepted', async () => {
    const { csv } = await peelRatingsCsv(db.prisma, [2021, 2022, 2023, 2024, 2025]);
    const result = await check('peel.csv', csv);
    expect(result.data).toMatchObject({ goodRows: 215, badRows: 0, rows: [] });
    expect(await db.prisma.rating.count()).toBe(0);
    expect((await decide('acceptRatingImport', result.data.id)).data.status).toBe('ACCEPTED');
    expect(await db.prisma.rating.count()).toBe(215);
    expect(await decide('acceptRatingImport', result.data.id)).toMatchObject({
      __typename: 'InvalidStateError',
    });

    const again = await check('peel-again.csv', csv);
    expect(again.data.goodRows).toBe(0);
    expect(again.data.rows[0].problems[0]).toMatch(
      /already has a PEEL rating for treatment of victims on that date/,
    );
  });

  it('warns of a rating date outside the named version’s period, lists it with its row, and saves it', async () => {
    const peel = await db.prisma.ratingFramework.findFirstOrThrow({ where: { name: 'PEEL' } });
    await db.prisma.ratingFramework.update({
      where: { id: peel.id },
      data: { validFrom: new Date('2021-04-01'), validUntil: new Date('2025-03-31') },
    });
    try {
      const { data, errors } = await execute(
        `mutation($input: CheckRatingImportInput!) { checkRatingImport(input: $input) { ... on MutationCheckRatingImportSuccess { data { id goodRows badRows rows(onlyProblems: true) { line agency problems warnings } } } } }`,
        {
          input: {
            fileName: 'period.csv',
            csv: [
              'agency,framework,framework_version,area,grade,rated_on,rationale',
              'Dorset Police,PEEL,2021/22 onwards,Treatment of victims,Good,2025-06-02,Informed',
              'Dorset Police,PEEL,2021/22 onwards,Treatment of victims,Good,2024-06-02,Informed',
            ].join('\n'),
          },
        },
      );
      expect(errors).toBeUndefined();
      const checked = data!.checkRatingImport.data;
      expect(checked).toMatchObject({ goodRows: 2, badRows: 0 });
      expect(checked.rows).toEqual([
        {
          line: 2,
          agency: 'Dorset Police',
          problems: [],
          warnings: [
            'The rating date must be in the period of PEEL 2021/22 onwards, which is in use from 1 April 2021 until 31 March 2025.',
          ],
        },
      ]);
      expect(await decide('acceptRatingImport', checked.id)).toMatchObject({
        data: { status: 'ACCEPTED' },
      });
      expect(
        await db.prisma.rating.count({
          where: {
            agency: { name: 'Dorset Police' },
            ratedOn: { in: [new Date('2025-06-02'), new Date('2024-06-02')] },
          },
        }),
      ).toBe(2);
    } finally {
      await db.prisma.ratingFramework.update({
        where: { id: peel.id },
        data: { validFrom: peel.validFrom, validUntil: peel.validUntil },
      });
    }
  });
});

describe('comparing ratings', () => {
  it('shows the distribution of the latest grades of all 43 forces on the common scale', async () => {
    const { data, errors } = await execute(comparison, { kind: 'POLICE_FORCE' });
    expect(errors).toBeUndefined();
    const { distribution, rows } = data!.ratingComparison;
    expect(rows).toHaveLength(43);
    expect(distribution.map((d: any) => d.gradeCode)).toEqual([
      'OUTSTANDING',
      'GOOD',
      'ADEQUATE',
      'REQUIRES_IMPROVEMENT',
      'INADEQUATE',
    ]);
    expect(distribution.reduce((sum: number, d: any) => sum + d.count, 0)).toBe(43);
    expect(
      rows.every(
        (row: any) => row.latest.ratedOn.startsWith('2025') && row.latest.framework.name === 'PEEL',
      ),
    ).toBe(true);
  });

  it('compares two regions', async () => {
    const { data } = await execute(comparison, {
      kind: 'POLICE_FORCE',
      regions: ['Wales', 'North East'],
    });
    const regions = data!.ratingComparison.regions;
    expect(regions.map((r: any) => [r.region, r.agencies, r.rated])).toEqual([
      ['North East', 3, 3],
      ['Wales', 4, 4],
    ]);
    expect(data!.ratingComparison.rows.map((r: any) => r.agency.region).sort()).toEqual([
      'North East',
      'North East',
      'North East',
      'Wales',
      'Wales',
      'Wales',
      'Wales',
    ]);
    const unknown = await execute(comparison, { kind: 'POLICE_FORCE', regions: ['Atlantis'] });
    expect(unknown.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: ['regions'] },
    });
  });

  it('lists forces whose grade fell, worst first, and marks those that owe an action plan since the poor grade', async () => {
    const { data } = await execute(comparison, { kind: 'POLICE_FORCE', fell: true, sort: 'GRADE' });
    const rows = data!.ratingComparison.rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row: any) => row.trend === 'FELL')).toBe(true);
    const ranks = rows.map((row: any) =>
      ['OUTSTANDING', 'GOOD', 'ADEQUATE', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'].indexOf(
        row.latest.grade.commonGrade.code,
      ),
    );
    expect(ranks).toEqual([...ranks].sort((a: number, b: number) => b - a));
    for (const row of rows) {
      expect(row.owesActionPlan).toBe(
        ['REQUIRES_IMPROVEMENT', 'INADEQUATE'].includes(row.latest!.grade.commonGrade.code),
      );
    }
  });

  it('opens one force’s history and says since when it owes an action plan', async () => {
    // City of London Police: requires improvement in 2024, inadequate in 2025 (see ratings-csv.ts).
    const { data } = await execute(
      `{ agencies(filter: { search: "City of London Police" }) { edges { node { name victimsRatings { ratedOn grade { label } } actionPlanOwed { since rating { grade { label } } } } } } }`,
    );
    const force = data!.agencies.edges[0].node;
    expect(force.victimsRatings.map((r: any) => [r.ratedOn.slice(0, 4), r.grade.label])).toEqual([
      ['2025', 'Inadequate'],
      ['2024', 'Requires improvement'],
      ['2023', 'Adequate'],
      ['2022', 'Good'],
      ['2021', 'Outstanding'],
    ]);
    expect(force.actionPlanOwed).toEqual({
      since: '2024-05-15',
      rating: { grade: { label: 'Inadequate' } },
    });

    const owing = await execute(
      `{ agenciesOwingActionPlans(kinds: [POLICE_FORCE]) { name actionPlanOwed { since } } }`,
    );
    const comparisonOwing = (await execute(comparison, { kind: 'POLICE_FORCE' }))
      .data!.ratingComparison.rows.filter((r: any) => r.owesActionPlan)
      .map((r: any) => r.agency.name);
    expect(owing.data!.agenciesOwingActionPlans.map((a: any) => a.name)).toEqual(comparisonOwing);
    expect(comparisonOwing).toContain('City of London Police');
    expect(comparisonOwing).not.toContain('Avon and Somerset Constabulary');
  });

  it("answers a comparison that asks for its ratings' relations too, each rating its row's", async () => {
    const { data } = await execute(
      `{ ratingComparison(kind: POLICE_FORCE) { rows { agency { name } latest { ratedOn agency { name } } previous { agency { name } } } } }`,
    );
    const rows = data!.ratingComparison.rows as any[];
    const rated = rows.filter((row) => row.latest);
    expect(rated.length).toBeGreaterThan(40);
    for (const row of rated) {
      expect(row.latest.agency.name).toBe(row.agency.name);
      if (row.previous) expect(row.previous.agency.name).toBe(row.agency.name);
    }
  });

  it('answers the dashboard for 43 forces × 5 years in as many SQL statements as for 1 year', async () => {
    db.statements.reset();
    await execute(comparison, { kind: 'POLICE_FORCE' });
    const fiveYears = db.statements.count;
    db.statements.reset();
    await execute(comparison, { kind: 'PROBATION_REGION' });
    const noRatings = db.statements.count;
    // The dashboard's whole query: the agencies with their ratings and published plans (three
    // statements; the rows' agencies, latest and previous ratings are those same records), the
    // regions, and the kinds, the common scale, the grades and the frameworks (reference
    // tables, one each). (Was 16, then 9 on PGlite and 11 on PostgreSQL.)
    expect(fiveYears).toBeLessThanOrEqual(8);
    // Signed in, the content version comes with the session: the reference tables are then
    // kept between requests, and a second request reads none of them: what is left is the
    // agencies with their ratings and plans (three) and the regions.
    const [{ version }] = await db.prisma.$queryRaw<[{ version: number }]>`
      SELECT "version" FROM "PublicContentVersion" WHERE "id" = 1`;
    const first = await execute(comparison, { kind: 'POLICE_FORCE' }, { contentVersion: version });
    db.statements.reset();
    const again = await execute(comparison, { kind: 'POLICE_FORCE' }, { contentVersion: version });
    expect(again.data).toEqual(first.data);
    expect(db.statements.count).toBeLessThanOrEqual(4);
    expect(noRatings).toBeLessThanOrEqual(fiveYears);
  });
});

describe('recording one rating', () => {
  it('adds to history and refuses a second rating for the same day', async () => {
    const ids = (
      await execute(
        `{ agencies(filter: { search: "Kent Police" }) { edges { node { id } } } ratingFrameworks { id name grades { id label } } }`,
      )
    ).data!;
    const peel = ids.ratingFrameworks.find((f: any) => f.name === 'PEEL');
    const input = {
      agencyId: ids.agencies.edges[0].node.id,
      frameworkId: peel.id,
      areaCode: 'TREATMENT_OF_VICTIMS',
      gradeId: peel.grades.find((g: any) => g.label === 'Good').id,
      ratedOn: '2026-06-01',
      rationale: 'Victims are kept informed at every stage.',
    };
    const mutation = `mutation($input: RecordRatingInput!) { recordRating(input: $input) { __typename ... on Error { message } ... on InputError { issues { field message } } ... on MutationRecordRatingSuccess { data { ratedOn agency { victimsRatings { ratedOn } } } } } }`;
    const first = await execute(mutation, { input });
    const history = first.data!.recordRating.data.agency.victimsRatings.map((r: any) => r.ratedOn);
    expect(history).toHaveLength(6);
    expect(history[0]).toBe('2026-06-01');
    expect(history).toEqual([...history].sort().reverse());
    const again = await execute(mutation, { input });
    expect(again.data!.recordRating).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringMatching(/already has a PEEL rating for that area on 2026-06-01/),
    });
    const future = await execute(mutation, { input: { ...input, ratedOn: '2027-01-01' } });
    expect(future.data!.recordRating).toMatchObject({
      __typename: 'InputError',
      issues: [{ field: ['input', 'ratedOn'] }],
    });
  });
});
