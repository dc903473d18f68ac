/**
 * The inspections that visited an agency, as its public page lists them: the public see those
 * of published programmes only; planners see drafts too. Read with the agency, so a list of
 * agencies costs the same statements however many inspections there are.
 */
import type { Viewer } from '@cjji/api/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { globalIdOf } from '../../api/src/modules/shared/ids.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const today = new Date('2026-11-25T10:00:00Z');
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
let db: TestDatabase;
const stops: Array<() => Promise<void>> = [];
let kent = '';

async function as(viewer: Viewer | null): Promise<Execute> {
  const server = await graphqlAgainst(db.prisma, today, viewer);
  stops.push(server.stop);
  return server.execute;
}

async function inspectionIn(status: 'DRAFT' | 'PUBLISHED', title: string) {
  const hmicfrs = await db.prisma.inspectorate.findFirstOrThrow({
    where: { shortName: 'HMICFRS' },
  });
  const programme = await db.prisma.programme.create({
    data: {
      title: `${title} programme`,
      startsOn: date('2026-04-01'),
      endsOn: date('2028-03-31'),
      status,
    },
  });
  await db.prisma.inspection.create({
    data: {
      programmeId: programme.id,
      title,
      kind: 'JOINT_THEMATIC',
      theme: 'Victims',
      scopeStatement: 'How agencies keep victims informed.',
      leadInspectorateId: hmicfrs.id,
      localities: { create: [{ agencyId: kent }] },
    },
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  kent = (await db.prisma.agency.findUniqueOrThrow({ where: { name: 'Kent Police' } })).id;
  await inspectionIn('PUBLISHED', 'Published thematic');
  await inspectionIn('DRAFT', 'Drafted thematic');
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db?.close();
});

const query = `query($id: ID!) { agency(id: $id) { inspectionsVisiting { title } } }`;

describe('inspections that visited an agency', () => {
  it('shows the public only those of published programmes, and planners drafts too', async () => {
    const id = globalIdOf('Agency', kent);
    const publicView = await (await as(null))(query, { id });
    expect(publicView.errors).toBeUndefined();
    expect(publicView.data!.agency.inspectionsVisiting).toEqual([{ title: 'Published thematic' }]);
    const hmicfrs = await db.prisma.inspectorate.findFirstOrThrow({
      where: { shortName: 'HMICFRS' },
    });
    const planner = await as({
      userId: null,
      name: 'Planner',
      email: 'planner@example.test',
      sessionId: null,
      roles: [{ role: 'INSPECTORATE_PLANNER', inspectorateId: hmicfrs.id }],
    });
    const planned = await planner(query, { id });
    expect(
      planned.data!.agency.inspectionsVisiting.map((i: { title: string }) => i.title).sort(),
    ).toEqual(['Drafted thematic', 'Published thematic']);
  });

  it('costs a list of agencies the same statements with more inspections', async () => {
    const execute = await as(null);
    const list = `{ agencies(first: 50) { edges { node { name inspectionsVisiting { title } } } } }`;
    await execute(list);
    db.statements.reset();
    await execute(list);
    const before = db.statements.count;
    await inspectionIn('PUBLISHED', 'Another published thematic');
    db.statements.reset();
    const { data } = await execute(list);
    expect(db.statements.count).toBe(before);
    const kentNode = data!.agencies.edges.find((e: any) => e.node.name === 'Kent Police');
    if (kentNode) expect(kentNode.node.inspectionsVisiting).toHaveLength(2);
  });
});
