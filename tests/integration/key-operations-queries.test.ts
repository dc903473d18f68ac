/**
 * An agency's page, a published plan's public page and rescheduling a phase must cost the same
 * number of SQL statements however much data there is (no N+1): each is counted on a database
 * with only the reference data, or with little history, and again once it holds realistic
 * volumes from the scale data generator and more history than usual.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateScaleData } from '../bench/scale/generate.ts';
import { agencyDetailQuery as agencyPage } from '@cjji/contract/agencies';
import { agencyRatingsQuery as publicAgencyPage } from '@cjji/contract/agency-ratings';
import type { TadaDocumentNode } from '@cjji/contract/graphql';
import { reschedulePhaseMutation as rescheduleMutation } from '@cjji/contract/plan';
import { publishedPlanQuery } from '@cjji/contract/published';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
let execute: Execute;
let stop: () => Promise<void>;
/** As the public: nobody signed in. */
let executePublic: Execute;
let stopPublic: () => Promise<void>;
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

let kentOnReferenceDataOnly: number;
let kentInPublicOnReferenceDataOnly: number;

/** Runs one of the documents the pages send, counting the SQL statements it costs. */
async function counted<Data, Variables>(
  query: TadaDocumentNode<Data, Variables>,
  variables: NoInfer<Variables>,
  as: 'administrator' | 'public' = 'administrator',
) {
  db.statements.reset();
  const result = await (as === 'public' ? executePublic : execute)(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return { data: result.data!, statements: db.statements.count };
}

beforeAll(async () => {
  db = await createTestDatabase();
  ({ execute, stop } = await graphqlAgainst(db.prisma));
  ({ execute: executePublic, stop: stopPublic } = await graphqlAgainst(db.prisma, undefined, null));
  const kent = await db.prisma.agency.findUniqueOrThrow({ where: { name: 'Kent Police' } });
  kentOnReferenceDataOnly = (await counted(agencyPage, { id: globalId('Agency', kent.id) }))
    .statements;
  const kentInPublic = await counted(
    publicAgencyPage,
    { id: globalId('Agency', kent.id) },
    'public',
  );
  expect(kentInPublic.data.actionPlans).toEqual([]);
  kentInPublicOnReferenceDataOnly = kentInPublic.statements;
  // A tenth of today’s volumes: five years of ratings for every agency, plans, programmes.
  await generateScaleData(db.prisma, { multiple: 0.1, seed: 7 });
});
afterAll(async () => {
  await stop?.();
  await stopPublic?.();
  await db?.close();
});

describe("an agency's page", () => {
  it('costs as many statements with five years of ratings and a CPS area’s coverage as with no history at all', async () => {
    const kent = await db.prisma.agency.findUniqueOrThrow({ where: { name: 'Kent Police' } });
    const withHistory = await counted(agencyPage, { id: globalId('Agency', kent.id) });
    expect(withHistory.data.agency?.victimsRatings.length).toBeGreaterThanOrEqual(3);
    expect(withHistory.statements).toBe(kentOnReferenceDataOnly);

    const mostRated = (
      await db.prisma.rating.groupBy({
        by: ['agencyId'],
        _count: { _all: true },
        orderBy: { _count: { agencyId: 'desc' } },
        take: 1,
      })
    )[0]!;
    const busiest = await counted(agencyPage, {
      id: globalId('Agency', mostRated.agencyId),
    });
    expect(busiest.data.agency?.victimsRatings).toHaveLength(mostRated._count._all);
    expect(busiest.statements).toBe(kentOnReferenceDataOnly);
  });
});

describe("an agency's public ratings page", () => {
  it('costs as many statements for a force with published plans and their actions as for one with none', async () => {
    const [busiest] = await db.prisma.actionPlan.groupBy({
      by: ['agencyId'],
      where: { status: { in: ['PUBLISHED', 'IN_FOLLOW_UP', 'CLOSED'] } },
      _count: { _all: true },
      orderBy: [{ _count: { agencyId: 'desc' } }, { agencyId: 'asc' }],
      take: 1,
    });
    const page = await counted(
      publicAgencyPage,
      { id: globalId('Agency', busiest!.agencyId) },
      'public',
    );
    expect(page.data.actionPlans).toHaveLength(busiest!._count._all);
    expect(page.data.actionPlans.flatMap((plan) => plan.actions).length).toBeGreaterThan(0);
    expect(page.statements).toBe(kentInPublicOnReferenceDataOnly);
  });
});

describe("a published plan's public page", () => {
  it('costs as many statements for a plan of 20 actions with progress as for a plan of one action', async () => {
    const plan = await db.prisma.actionPlan.findFirstOrThrow({
      where: { status: 'PUBLISHED' },
      orderBy: { id: 'asc' },
      include: { actions: true },
    });
    const small = await db.prisma.actionPlan.create({
      data: {
        agencyId: plan.agencyId,
        title: 'A one-action plan',
        reason: plan.reason,
        // The same rating, so that both pages read the rating scales (or neither).
        ratingId: plan.ratingId,
        reviewingInspectorateId: plan.reviewingInspectorateId,
        summary: 'Keep victims informed.',
        status: 'PUBLISHED',
        responsibleMinisterId: plan.responsibleMinisterId,
        laidOn: plan.laidOn,
        paperReference: 'CP 1',
        publishedOn: plan.publishedOn,
        publishedUrl: 'https://www.example.org/plan',
        actions: {
          create: [
            {
              position: 1,
              description: 'Call every victim within a day.',
              owner: 'Head of victim services',
              targetDate: new Date('2027-01-01'),
            },
          ],
        },
      },
    });
    const one = await counted(publishedPlanQuery, {
      id: globalId('ActionPlan', small.id),
    });
    expect(one.data.actionPlan?.actions).toHaveLength(1);

    // Twenty actions, each with three progress notes.
    const extra = 20 - plan.actions.length;
    for (let n = 0; n < extra; n++) {
      await db.prisma.planAction.create({
        data: {
          planId: plan.id,
          position: 100 + n,
          description: `Extra action ${n + 1}`,
          owner: 'Witness care manager',
          targetDate: new Date('2027-06-01'),
          status: 'IN_PROGRESS',
          progress: {
            create: [1, 2, 3].map((k) => ({ note: `Progress note ${k}`, recordedBy: 'Test' })),
          },
        },
      });
    }
    const many = await counted(publishedPlanQuery, { id: globalId('ActionPlan', plan.id) });
    expect(many.data.actionPlan?.actions).toHaveLength(Math.max(20, plan.actions.length));
    expect(many.data.actionPlan!.actions.some((action) => action.progress.length === 3)).toBe(true);
    expect(many.statements).toBe(one.statements);
  });
});

describe('rescheduling a phase', () => {
  async function reschedule(
    phaseId: string,
    version: number,
    plannedStart: string,
    plannedEnd: string,
  ) {
    const input = {
      phaseId: globalId('InspectionPhase', phaseId),
      expectedVersion: version,
      plannedStart,
      plannedEnd,
      reason: 'Moved for the partner inspectorate',
    };
    const { data, statements } = await counted(rescheduleMutation, { input });
    expect(data.reschedulePhase).toMatchObject({
      __typename: 'MutationReschedulePhaseSuccess',
      data: { plannedStart, version: version + 1 },
    });
    return statements;
  }

  it('costs as many statements for a phase with fifty earlier changes, in a programme of sixty inspections, as for a fresh one', async () => {
    const draft = await db.prisma.programme.findFirstOrThrow({
      where: { status: 'DRAFT' },
      include: { inspections: { include: { phases: true } } },
    });
    expect(draft.inspections.length).toBeGreaterThanOrEqual(55);
    const [fresh, busy] = draft.inspections
      .flatMap((inspection) => inspection.phases)
      .filter((phase) => phase.kind === 'REPORTING');
    const first = await reschedule(fresh!.id, fresh!.version, '2029-01-08', '2029-02-28');
    await db.prisma.phaseDateChange.createMany({
      data: Array.from({ length: 50 }, (_, n) => ({
        phaseId: busy!.id,
        plannedStart: busy!.plannedStart,
        plannedEnd: busy!.plannedEnd,
        changedBy: 'Test',
        reason: `Change ${n + 1}`,
      })),
    });
    const later = await reschedule(busy!.id, busy!.version, '2029-03-05', '2029-04-30');
    expect(later).toBe(first);
    // A transaction: BEGIN, read, conditional write, history, audit, COMMIT, then the answer.
    expect(first).toBeLessThanOrEqual(9);
  });
});
