/**
 * The public pages send exactly these operations (the contract's documents, which the web
 * sends), so what they can show is what these answers hold: nothing in preparation may be in
 * any list or count.
 */
import type { ActionPlanStatus, ProgrammeStatus } from '@cjji/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyRatingsQuery } from '@cjji/contract/agency-ratings';
import { currentProgrammeQuery } from '@cjji/contract/plan';
import { publishedPlansQuery } from '@cjji/contract/published';
import { publishedRecommendationsQuery } from '@cjji/contract/recommendations';
import type { TadaDocumentNode } from '@cjji/contract/graphql';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { referenceIds } from '../support/ids.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
const stops: Array<() => Promise<void>> = [];
let ids: Awaited<ReturnType<typeof referenceIds>>;
/** An API whose clock reads the given day. */
let on: (iso: string) => Execute;

beforeAll(async () => {
  db = await createTestDatabase();
  const servers = new Map<string, Execute>();
  on = (iso) => async (query, variables) => {
    if (!servers.has(iso)) {
      const server = await graphqlAgainst(db.prisma, new Date(`${iso}T12:00:00Z`));
      servers.set(iso, server.execute);
      stops.push(server.stop);
    }
    return servers.get(iso)!(query, variables);
  };
  ids = await referenceIds(on(today));
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db?.close();
});

const today = '2026-11-25';

async function ask<Data = Record<string, any>, Variables = Record<string, unknown>>(
  query: string | TadaDocumentNode<Data, Variables>,
  variables: Variables = {} as Variables,
  day = today,
): Promise<Data> {
  const { data, errors } = await on(day)(query, variables);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!;
}

async function mutate(name: string, input: Record<string, unknown>, fields: string) {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}`;
  const data = await ask(
    `mutation($input: ${type}Input!) { ${name}(input: $input) { __typename ... on Error { message } ... on Mutation${type}Success { data { ${fields} } } } }`,
    { input },
  );
  expect(data[name].__typename, JSON.stringify(data[name])).toBe(`Mutation${type}Success`);
  return data[name].data;
}

describe('the programme page', () => {
  async function programme(
    title: string,
    status: ProgrammeStatus,
    startsOn: string,
    endsOn: string,
  ) {
    return db.prisma.programme.create({
      data: { title, status, startsOn: new Date(startsOn), endsOn: new Date(endsOn) },
    });
  }

  it('shows no programme while the only ones running today are a draft and an agreed one', async () => {
    await programme('Draft programme 2026 to 2028', 'DRAFT', '2026-04-01', '2028-03-31');
    await programme('Agreed programme 2026 to 2028', 'AGREED', '2026-04-01', '2028-03-31');
    expect((await ask(currentProgrammeQuery)).currentProgramme).toBeNull();
  });

  it('shows the published programme, never the draft that covers the same days', async () => {
    await programme('Published programme 2025 to 2027', 'PUBLISHED', '2025-04-01', '2027-03-31');
    const { currentProgramme } = await ask(currentProgrammeQuery);
    expect(currentProgramme?.title).toBe('Published programme 2025 to 2027');
    expect(currentProgramme?.status).toBe('PUBLISHED');
  });
});

describe('published action plans, in the list and on an agency’s ratings page', () => {
  const unpublished: ActionPlanStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'LAID'];

  beforeAll(async () => {
    const [kent, hmicfrs, homeSecretary] = await Promise.all([
      db.prisma.agency.findUniqueOrThrow({ where: { name: 'Kent Police' } }),
      db.prisma.inspectorate.findUniqueOrThrow({ where: { shortName: 'HMICFRS' } }),
      db.prisma.minister.findUniqueOrThrow({ where: { title: 'Home Secretary' } }),
    ]);
    const plan = (title: string, status: ActionPlanStatus) =>
      db.prisma.actionPlan.create({
        data: {
          agencyId: kent.id,
          title,
          status,
          reason: 'INSPECTION_FINDINGS',
          summary: 'How Kent Police will keep victims informed.',
          reviewingInspectorateId: hmicfrs.id,
          responsibleMinisterId: homeSecretary.id,
          ...(status === 'PUBLISHED'
            ? { laidOn: new Date('2026-10-01'), publishedOn: new Date('2026-10-08') }
            : {}),
          actions: {
            create: [
              {
                position: 1,
                description: 'Call every victim within two days',
                owner: 'Victim care unit',
                targetDate: new Date('2027-03-31'),
              },
            ],
          },
        },
      });
    for (const status of unpublished) await plan(`Kent plan, ${status.toLowerCase()}`, status);
    await plan('Kent plan, published', 'PUBLISHED');
  });

  it('lists only the published plan among plans in every other status', async () => {
    const { actionPlans } = await ask(publishedPlansQuery);
    expect(actionPlans.map((p: { title: string }) => p.title)).toEqual(['Kent plan, published']);
  });

  it('gives the agency’s ratings page its published plan only', async () => {
    const { actionPlans } = await ask(agencyRatingsQuery, { id: ids.agency['Kent Police']! });
    expect(actionPlans).toHaveLength(1);
    expect(actionPlans[0]).toMatchObject({
      title: 'Kent plan, published',
      status: 'PUBLISHED',
      laidOn: '2026-10-01',
      publishedOn: '2026-10-08',
    });
  });
});

describe('recommendations and their responses', () => {
  const later = '2026-12-10';

  beforeAll(async () => {
    const recorded = await mutate(
      'recordRecommendation',
      {
        source: 'VICTIMS_COMMISSIONER_ANNUAL_REPORT',
        reportTitle: 'Victims’ Commissioner annual report 2025 to 2026',
        publishedOn: '2026-10-01',
        reference: '4',
        text: 'Every force should tell victims of their right to review at first contact.',
        addresseeIds: [ids.agency['Kent Police'], ids.agency['Essex Police']],
      },
      'responses { id version agency { name } }',
    );
    const essex = recorded.responses.find(
      (r: { agency: { name: string } }) => r.agency.name === 'Essex Police',
    );
    await mutate(
      'respondToRecommendation',
      {
        responseId: essex.id,
        expectedVersion: essex.version,
        answer: 'PARTLY_ACCEPTED',
        reasons: 'We agree, for victims of violent crime first.',
        plannedActions: 'Change the first-contact script by March.',
        respondedOn: '2026-11-20',
      },
      'id',
    );
    await mutate(
      'recordRecommendation',
      {
        source: 'INSPECTION_REPORT',
        reportTitle: 'Joint inspection of victim contact in the south east',
        publishedOn: '2026-06-15',
        reference: 'R2',
        text: 'CPS South East should explain decisions not to charge to victims in writing.',
        addresseeIds: [ids.agency['CPS South East']],
      },
      'id',
    );
    // Recorded ahead of its report's publication: nobody outside may learn of it, or of Surrey's part in it.
    await mutate(
      'recordRecommendation',
      {
        source: 'INSPECTION_REPORT',
        reportTitle: 'Embargoed report on victims of stalking',
        publishedOn: later,
        reference: '1',
        text: 'Surrey Police should name a stalking lead for every victim.',
        addresseeIds: [ids.agency['Surrey Police']],
      },
      'id',
    );
  });

  it('lists the recommendations of published reports, newest first, with every addressee and answer', async () => {
    const { publishedRecommendations, publishedRecommendationAddressees } = await ask(
      publishedRecommendationsQuery,
    );
    expect(publishedRecommendations.map((r: { reportTitle: string }) => r.reportTitle)).toEqual([
      'Victims’ Commissioner annual report 2025 to 2026',
      'Joint inspection of victim contact in the south east',
    ]);
    expect(publishedRecommendations[0]!.responses).toEqual([
      {
        agency: expect.objectContaining({ name: 'Essex Police' }),
        dueOn: '2026-11-26',
        answer: 'PARTLY_ACCEPTED',
        reasons: 'We agree, for victims of violent crime first.',
        plannedActions: 'Change the first-contact script by March.',
        respondedOn: '2026-11-20',
        implementation: 'OPEN',
        overdue: false,
        correctedAt: null,
        correctionReason: null,
        withdrawnAt: null,
        withdrawalReason: null,
      },
      {
        agency: expect.objectContaining({ name: 'Kent Police' }),
        dueOn: '2026-11-26',
        answer: null,
        reasons: null,
        plannedActions: null,
        respondedOn: null,
        implementation: 'OPEN',
        overdue: false,
        correctedAt: null,
        correctionReason: null,
        withdrawnAt: null,
        withdrawalReason: null,
      },
    ]);
    expect(publishedRecommendationAddressees.map((a: { name: string }) => a.name)).toEqual([
      'CPS South East',
      'Essex Police',
      'Kent Police',
    ]);
  });

  it('filters by addressee and by source, and an embargoed report’s addressee gets an empty list, as any agency with none would', async () => {
    const forKent = await ask(publishedRecommendationsQuery, {
      agencyId: ids.agency['Kent Police'],
    });
    expect(forKent.publishedRecommendations.map((r: { reference: string }) => r.reference)).toEqual(
      ['4'],
    );
    const inspections = await ask(publishedRecommendationsQuery, { source: 'INSPECTION_REPORT' });
    expect(
      inspections.publishedRecommendations.map((r: { reference: string }) => r.reference),
    ).toEqual(['R2']);
    const forSurrey = await ask(publishedRecommendationsQuery, {
      agencyId: ids.agency['Surrey Police'],
    });
    expect(forSurrey.publishedRecommendations).toEqual([]);
    expect(JSON.stringify(forSurrey)).not.toContain('stalking');
  });

  it('shows an embargoed report’s recommendation from its publication day, and an unanswered one as overdue once its day has passed', async () => {
    const { publishedRecommendations, publishedRecommendationAddressees } = await ask(
      publishedRecommendationsQuery,
      {},
      later,
    );
    expect(publishedRecommendations[0]).toMatchObject({
      reportTitle: 'Embargoed report on victims of stalking',
      publishedOn: later,
    });
    expect(publishedRecommendationAddressees.map((a: { name: string }) => a.name)).toContain(
      'Surrey Police',
    );
    const kent = publishedRecommendations[1]!.responses.find(
      (r: { agency: { name: string } }) => r.agency.name === 'Kent Police',
    );
    expect(kent).toMatchObject({ answer: null, overdue: true });
  });

  it('offers the public no way to read who recorded an answer, record versions, or the inspection behind a report', async () => {
    const { __schema } = await ask(
      `{ __schema { types { name fields { name } interfaces { name } } } }`,
    );
    const type = (name: string) => __schema.types.find((t: { name: string }) => t.name === name);
    const fields = (name: string) => type(name).fields.map((f: { name: string }) => f.name);
    expect(fields('PublishedRecommendationResponse')).not.toEqual(
      expect.arrayContaining(['respondedBy']),
    );
    expect(fields('PublishedRecommendationResponse')).not.toContain('version');
    expect(fields('PublishedRecommendation')).not.toContain('inspection');
    expect(fields('PublishedRecommendation')).not.toContain('escalation');
    // Not a Node, so node(id) cannot be used to reach one outside the published lists.
    expect(type('PublishedRecommendation').interfaces).toEqual([]);
  });
});

describe('names of staff', () => {
  it('are not read by the public: who moved a programme or recorded a rating', async () => {
    const programme = await db.prisma.programme.findFirstOrThrow({
      where: { title: 'Published programme 2025 to 2027' },
    });
    await db.prisma.programmeStatusChange.create({
      data: { programmeId: programme.id, toStatus: 'PUBLISHED', changedBy: 'Sam Planner' },
    });
    const peel = await db.prisma.ratingFramework.findFirstOrThrow({
      where: { name: 'PEEL' },
      include: { grades: true },
    });
    await db.prisma.rating.create({
      data: {
        agencyId: (await db.prisma.agency.findUniqueOrThrow({ where: { name: 'Kent Police' } })).id,
        frameworkId: peel.id,
        areaCode: 'TREATMENT_OF_VICTIMS',
        gradeId: peel.grades[0]!.id,
        ratedOn: new Date('2026-09-01'),
        rationale: 'Victims are kept informed.',
        recordedBy: 'Rita Recorder',
      },
    });
    const query = `{ currentProgramme { statusHistory { changedBy } } ratings { rationale recordedBy } }`;
    const publicServer = await graphqlAgainst(db.prisma, new Date(`${today}T12:00:00Z`), null);
    stops.push(publicServer.stop);
    const asPublic = await publicServer.execute(query);
    expect(asPublic.errors).toBeUndefined();
    expect(asPublic.data!.currentProgramme.statusHistory).toContainEqual({ changedBy: null });
    expect(JSON.stringify(asPublic.data)).not.toMatch(/Sam Planner|Rita Recorder/);
    expect(asPublic.data!.ratings).toContainEqual({
      rationale: 'Victims are kept informed.',
      recordedBy: null,
    });
    // Staff still read them.
    const asStaff = await ask(query);
    expect(JSON.stringify(asStaff)).toMatch(/Sam Planner/);
    expect(JSON.stringify(asStaff)).toMatch(/Rita Recorder/);
  });
});
