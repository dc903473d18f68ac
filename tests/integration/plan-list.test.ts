/**
 * The plans list staff work from: filtered by status, agency and whose move it is, sorted and
 * paged in SQL, each role seeing only the plans it may see, in a number of statements that does
 * not grow with the plans.
 */
import type { Viewer } from '@cjji/api/viewer';
import { planListQuery } from '@cjji/contract/act-list';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
let admin: Execute;
let kentEditor: Execute;
const stops: Array<() => Promise<void>> = [];
const gid = (type: string, raw: string) => Buffer.from(`${type}:${raw}`).toString('base64');
let kentId = '';
let prisonId = '';

const statuses = ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'LAID', 'PUBLISHED', 'CLOSED'] as const;

async function addPlans(count: number, prefix: string) {
  const hmicfrs = await db.prisma.inspectorate.findFirstOrThrow({
    where: { shortName: 'HMICFRS' },
  });
  const homeSecretary = await db.prisma.minister.findFirstOrThrow({
    where: { title: 'Home Secretary' },
  });
  const justice = await db.prisma.minister.findFirstOrThrow({
    where: { title: { startsWith: 'Lord Chancellor' } },
  });
  await db.prisma.actionPlan.createMany({
    data: Array.from({ length: count }, (_, index) => {
      const prison = index % 4 === 0;
      return {
        agencyId: prison ? prisonId : kentId,
        title: `${prefix} plan ${String(index).padStart(3, '0')}`,
        reason: 'RATING' as const,
        reviewingInspectorateId: hmicfrs.id,
        responsibleMinisterId: prison ? justice.id : homeSecretary.id,
        summary: 'How victims will be kept informed.',
        status: statuses[index % statuses.length]!,
      };
    }),
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  kentId = (await db.prisma.agency.findFirstOrThrow({ where: { name: 'Kent Police' } })).id;
  prisonId = (
    await db.prisma.agency.create({
      data: { name: 'HMP Listed', kindCode: 'PRISON', country: 'ENGLAND' },
    })
  ).id;
  await addPlans(12, 'First');
  const person = (roles: Viewer['roles']): Viewer => ({
    userId: null,
    name: 'Someone',
    email: 'someone@example.test',
    sessionId: null,
    roles,
  });
  for (const viewer of [
    person([{ role: 'ADMINISTRATOR' }]),
    person([{ role: 'AGENCY_EDITOR', agencyId: kentId }]),
  ]) {
    const server = await graphqlAgainst(db.prisma, new Date('2026-11-25T12:00:00Z'), viewer);
    stops.push(server.stop);
    if (viewer.roles[0]!.role === 'ADMINISTRATOR') admin = server.execute;
    else kentEditor = server.execute;
  }
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db?.close();
});

const list = (as: Execute, variables: Parameters<Execute>[1] & object) =>
  as(planListQuery, variables as never).then(({ data, errors }) => {
    expect(errors).toBeUndefined();
    return data!.actionPlanPage;
  });

describe('the plans list', () => {
  it('filters by status, agency and whose move it is, together', async () => {
    const page = await list(admin, {
      filter: { agencyId: gid('Agency', kentId), statuses: ['ACCEPTED', 'LAID'] },
      sort: 'TITLE',
    });
    expect(page.items.map((plan) => [plan.title, plan.status])).toEqual([
      ['First plan 002', 'ACCEPTED'],
      ['First plan 003', 'LAID'],
      ['First plan 009', 'LAID'],
    ]);
    // A laid plan waits on the force's local policing body; a prison's laid plan on no one.
    const policing = await list(admin, { filter: { waitingOn: 'POLICING_BODY' }, sort: 'TITLE' });
    expect(policing.items.map((plan) => [plan.title, plan.waitingOn])).toEqual([
      ['First plan 003', 'POLICING_BODY'],
      ['First plan 009', 'POLICING_BODY'],
    ]);
    const ministers = await list(admin, { filter: { waitingOn: 'RESPONSIBLE_MINISTER' } });
    expect(ministers.items.every((plan) => plan.status === 'ACCEPTED')).toBe(true);
    expect(ministers.totalCount).toBe(2);
  });

  it('sorts and pages, the count covering every page', async () => {
    const first = await list(admin, { sort: 'TITLE', page: 1, pageSize: 5 });
    const third = await list(admin, { sort: 'TITLE', page: 3, pageSize: 5 });
    expect(first.totalCount).toBe(12);
    expect(first.items.map((plan) => plan.title)).toEqual([
      'First plan 000',
      'First plan 001',
      'First plan 002',
      'First plan 003',
      'First plan 004',
    ]);
    expect(third.items.map((plan) => plan.title)).toEqual(['First plan 010', 'First plan 011']);
    const byAgency = await list(admin, { sort: 'AGENCY', pageSize: 50 });
    expect(byAgency.items[0]!.agency.name).toBe('HMP Listed');
    expect(byAgency.items.at(-1)!.agency.name).toBe('Kent Police');
  });

  it('shows an agency’s editor its own plans, drafts included, and others’ only once public', async () => {
    const page = await list(kentEditor, { pageSize: 50 });
    const seen = page.items.map((plan) => [plan.agency.name, plan.status]);
    expect(
      seen
        .filter(([agency]) => agency === 'HMP Listed')
        .map(([, status]) => status)
        .sort(),
    ).toEqual(['PUBLISHED']);
    expect(seen.some(([agency, status]) => agency === 'Kent Police' && status === 'DRAFT')).toBe(
      true,
    );
    expect(page.totalCount).toBe(page.items.length);
  });

  it('costs the same number of SQL statements with ten times the plans', async () => {
    const count = async () => {
      db.statements.reset();
      await list(admin, { filter: { statuses: ['DRAFT', 'LAID'] }, sort: 'AGENCY', pageSize: 10 });
      return db.statements.count;
    };
    const before = await count();
    await addPlans(108, 'More');
    const after = await count();
    expect(after).toBe(before);
    expect(before).toBeLessThanOrEqual(6);
    console.info(`actionPlanPage: ${before} SQL statements for 12 and 120 plans`);
  });
});
