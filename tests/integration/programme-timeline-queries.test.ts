/** The timeline must not cost more SQL statements as a programme grows (no N+1). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programmePlanQuery } from '@cjji/contract/plan';
import { planningTimelineQuery } from '@cjji/contract/timeline';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { seedProgramme } from '../support/seed-programme.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// The documents the programme's page and the planning timeline send.
const pages = [
  {
    page: 'the programme page',
    query: programmePlanQuery as typeof planningTimelineQuery,
    withBaseline: false,
    // Other inspecting bodies' proposals: one statement, for staff (gatekeeping).
    most: 20,
    kept: 14,
  },
  {
    page: 'the planning timeline',
    query: planningTimelineQuery,
    withBaseline: false,
    most: 22,
    kept: 16,
  },
  // Each phase's agreed dates, read only when asked for: four statements more, at any size.
  {
    page: 'the planning timeline with the baseline',
    query: planningTimelineQuery,
    withBaseline: true,
    most: 26,
    kept: 20,
  },
];

let db: TestDatabase;
let execute: Execute;
let stop: () => Promise<void>;
beforeAll(async () => {
  db = await createTestDatabase();
  ({ execute, stop } = await graphqlAgainst(db.prisma));
  const [minister] = await db.prisma.minister.findMany({ take: 1 });
  // Little capacity, so that the warnings have work to do.
  for (const inspectorate of await db.prisma.inspectorate.findMany()) {
    for (let quarter = 0; quarter < 8; quarter++) {
      await db.prisma.inspectorateCapacity.create({
        data: {
          inspectorateId: inspectorate.id,
          quarterStart: new Date(Date.UTC(2026, 3 + quarter * 3, 1)),
          inspectorWeeks: 10,
        },
      });
    }
  }
  await db.prisma.ministerialDirection.create({
    data: {
      reference: 'D-1',
      title: 'Two victims’ thematics',
      draftedOn: new Date('2026-01-01'),
      givenOn: new Date('2026-01-01'),
      inForceFrom: new Date('2026-01-01'),
      minimumThematics: 2,
      period: 'PER_YEAR',
      requirement: 'At least two victims’ thematics each year.',
      givenBy: {
        create: [{ ministerId: minister!.id, agreedOn: new Date('2026-01-01'), recordedBy: 'T' }],
      },
      kindsRequired: { create: [{ agencyKindCode: 'POLICE_FORCE' }] },
    },
  });
});
afterAll(async () => {
  await stop?.();
  await db?.close();
});

async function statementsFor(
  query: typeof planningTimelineQuery,
  withBaseline: boolean,
  inspections: number,
) {
  const programme = await seedProgramme(db.prisma, inspections);
  const id = Buffer.from(`Programme:${programme.id}`).toString('base64');
  db.statements.reset();
  const { data, errors } = await execute(query, { id, withBaseline });
  expect(errors).toBeUndefined();
  expect(data!.programme!.inspections).toHaveLength(inspections);
  const count = db.statements.count;
  // Signed in, the request reads the content version with its session: once a first request
  // has read the reference tables under it, the next reads none of them.
  const [{ version }] = await db.prisma.$queryRaw<[{ version: number }]>`
    SELECT "version" FROM "PublicContentVersion" WHERE "id" = 1`;
  await execute(query, { id, withBaseline }, { contentVersion: version });
  db.statements.reset();
  const again = await execute(query, { id, withBaseline }, { contentVersion: version });
  expect(again.data).toEqual(data);
  return { count, kept: db.statements.count, warnings: data!.programme!.warnings.length };
}

describe.each(pages)(
  'the programme timeline query of $page',
  ({ query, withBaseline, most, kept }) => {
    it('runs the same number of SQL statements for 60 inspections as for 10', async () => {
      const small = await statementsFor(query, withBaseline, 10);
      const large = await statementsFor(query, withBaseline, 60);
      expect(large.warnings).toBeGreaterThan(0);
      expect(large.count).toBe(small.count);
      expect(large.kept).toBe(small.kept);
      // The page's whole query, with the revisions, status history, direction periods and
      // consultation, the items of directions of form with their marks (one statement), and what
      // the inspection-burden warning and the structured scope read (seven more): the same for 60
      // inspections as for 10.
      expect(large.count).toBeLessThanOrEqual(most);
      // With the reference tables (inspectorates, capacities, kinds of agency, directions) kept
      // between requests under an unchanged content version: six fewer.
      expect(large.kept).toBeLessThanOrEqual(kept);
    });
  },
);
