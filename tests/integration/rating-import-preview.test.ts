/**
 * Before a ratings file is accepted, its check says what each good row will change, in the
 * product's own terms, read against the ratings as they stand; and it costs the same number of
 * SQL statements however long the file.
 */
import { acceptImportMutation, checkImportMutation, importQuery } from '@cjji/contract/ratings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { peelRatingsCsv } from '../support/ratings-csv.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

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

async function checked(csv: string): Promise<string> {
  const { data } = await execute(checkImportMutation, { input: { fileName: 'f.csv', csv } });
  const result = data!.checkRatingImport;
  if (result.__typename !== 'MutationCheckRatingImportSuccess')
    throw new Error(JSON.stringify(result));
  return result.data.id;
}

const header = 'agency,framework,area,grade,rated_on,rationale';

describe('what accepting a ratings file will change', () => {
  it('tells Gwent Police’s fall from Good to Inadequate and the action plan it will owe', async () => {
    const first = await checked(
      `${header}\nGwent Police,PEEL,Treatment of victims,Good,2024-03-14,Victims kept well informed`,
    );
    expect((await execute(importQuery, { id: first })).data!.ratingImport.changes).toEqual([
      {
        line: 2,
        agency: 'Gwent Police',
        grade: 'Good',
        previousGrade: null,
        movement: 'FIRST',
        planDuty: null,
      },
    ]);
    await execute(acceptImportMutation, { input: { importId: first, expectedVersion: 1 } });

    const second = await checked(
      [
        header,
        'Gwent Police,PEEL,Treatment of victims,Inadequate,2026-03-14,Victims were not told of outcomes',
        'Gwent Police,PEEL,Treatment of victims,Adequate,2022-03-14,Victims mostly informed',
      ].join('\n'),
    );
    const report = (await execute(importQuery, { id: second })).data!.ratingImport;
    expect(report.changes).toEqual([
      {
        line: 2,
        agency: 'Gwent Police',
        grade: 'Inadequate',
        previousGrade: 'Good',
        movement: 'FELL',
        planDuty: 'STARTS',
      },
      {
        line: 3,
        agency: 'Gwent Police',
        grade: 'Adequate',
        previousGrade: 'Good',
        movement: 'EARLIER',
        planDuty: null,
      },
    ]);
    // Nothing is saved by looking: the agency has its one rating still.
    expect(await db.prisma.rating.count({ where: { agency: { name: 'Gwent Police' } } })).toBe(1);

    await execute(acceptImportMutation, { input: { importId: second, expectedVersion: 1 } });
    expect((await execute(importQuery, { id: second })).data!.ratingImport.changes).toEqual([]);
  });

  it('costs the same number of SQL statements for a file ten times as long', async () => {
    const statementsFor = async (years: number[]) => {
      const { csv } = await peelRatingsCsv(db.prisma, years);
      const id = await checked(csv);
      db.statements.reset();
      const { data } = await execute(importQuery, { id });
      return { statements: db.statements.count, rows: data!.ratingImport.changes.length };
    };
    const small = await statementsFor([2019]);
    const large = await statementsFor([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2020]);
    expect(large.rows).toBeGreaterThanOrEqual(small.rows * 9);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeLessThanOrEqual(8);
    console.info(
      `ratingImport with changes: ${small.statements} SQL statements for ${small.rows} and ${large.rows} rows`,
    );
  });
});
