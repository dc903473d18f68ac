/**
 * Every type reachable through `node`, `nodes` and nested lists, as every role of the
 * authorisation matrix and the public: what each sees must be exactly what the access rules in
 * the README allow. The rules are stated again here, from the README, as an oracle over the
 * database's own facts (a programme's status, a plan's agency); the API must agree with them on
 * every record of every node type, by every path, and answer a hidden record exactly as a
 * missing or malformed id: NOT_FOUND. A node type this test has no rule for fails it, so a new
 * type cannot be added without saying who may see it. The table of what each role saw is printed.
 */
import type { Viewer } from '@cjji/api/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const now = new Date('2026-11-25T12:00:00Z');
const gid = (type: string, raw: string) => Buffer.from(`${type}:${raw}`).toString('base64');
const missingId = '00000000-0000-4000-8000-000000000000';

/** What a role holds, in the terms the README's access table uses. */
interface Holder {
  name: string;
  admin?: boolean;
  planner?: string;
  lead?: string;
  agency?: string;
  approver?: boolean;
  pcc?: string;
  minister?: string;
  userId?: string;
}

let db: TestDatabase;
const id: Record<string, string> = {};
const holders: Holder[] = [];
const executors = new Map<string, Execute>();
const stops: Array<() => Promise<void>> = [];

const overseer = (h: Holder) => !!(h.admin || h.planner || h.lead || h.minister);
const publicPlan = ['PUBLISHED', 'IN_FOLLOW_UP', 'CLOSED'];

interface PlanFacts {
  status: string;
  agencyId: string;
  agency: { localPolicingBodyTerms: Array<{ localPolicingBodyId: string }> };
}
const planSeen = (h: Holder, plan: PlanFacts) =>
  !!h.admin ||
  publicPlan.includes(plan.status) ||
  h.agency === plan.agencyId ||
  (plan.status !== 'DRAFT' &&
    (overseer(h) ||
      plan.agency.localPolicingBodyTerms.some((term) => term.localPolicingBodyId === h.pcc)));
const programmeSeen = (h: Holder, status: string) =>
  overseer(h) || status === 'PUBLISHED' || status === 'SUPERSEDED';
const planFacts = {
  select: {
    status: true,
    agencyId: true,
    agency: {
      select: {
        localPolicingBodyTerms: { where: { endsOn: null }, select: { localPolicingBodyId: true } },
      },
    },
  },
} as const;
const everyone = async (rows: Promise<Array<{ id: string }>>) =>
  (await rows).map((row) => ({ id: row.id, seen: () => true }));

/**
 * The README's rules, per node type: each record of the type with who may see it. A type
 * without an entry here fails the walk.
 */
const oracle: Record<string, () => Promise<Array<{ id: string; seen: (h: Holder) => boolean }>>> = {
  Agency: () => everyone(db.prisma.agency.findMany({ select: { id: true } })),
  Inspectorate: () => everyone(db.prisma.inspectorate.findMany({ select: { id: true } })),
  Minister: () => everyone(db.prisma.minister.findMany({ select: { id: true } })),
  LocalPolicingBody: () => everyone(db.prisma.localPolicingBody.findMany({ select: { id: true } })),
  RatingFramework: () => everyone(db.prisma.ratingFramework.findMany({ select: { id: true } })),
  Rating: () => everyone(db.prisma.rating.findMany({ select: { id: true } })),
  MinisterialDirection: () =>
    everyone(db.prisma.ministerialDirection.findMany({ select: { id: true } })),
  Escalation: () => everyone(db.prisma.escalation.findMany({ select: { id: true } })),
  // A consultation is public from its opening: its proposals, and the consultees' names.
  Consultation: () => everyone(db.prisma.consultation.findMany({ select: { id: true } })),
  ConsultationProposal: () =>
    everyone(db.prisma.consultationProposal.findMany({ select: { id: true } })),
  StatutoryConsultee: () =>
    everyone(db.prisma.statutoryConsultee.findMany({ select: { id: true } })),
  // The functions an inspection may look at: reference data, public like the kinds they are of.
  ScopeFunction: () => everyone(db.prisma.scopeFunction.findMany({ select: { id: true } })),
  Programme: async () =>
    (await db.prisma.programme.findMany()).map((p) => ({
      id: p.id,
      seen: (h: Holder) => programmeSeen(h, p.status),
    })),
  Inspection: async () =>
    (await db.prisma.inspection.findMany({ include: { programme: true } })).map((i) => ({
      id: i.id,
      seen: (h: Holder) => programmeSeen(h, i.programme.status),
    })),
  InspectionPhase: async () =>
    (
      await db.prisma.inspectionPhase.findMany({
        include: { inspection: { include: { programme: true } } },
      })
    ).map((phase) => ({
      id: phase.id,
      seen: (h: Holder) => programmeSeen(h, phase.inspection.programme.status),
    })),
  ActionPlan: async () =>
    (await db.prisma.actionPlan.findMany({ select: { id: true, ...planFacts.select } })).map(
      (plan) => ({ id: plan.id, seen: (h: Holder) => planSeen(h, plan) }),
    ),
  PlanAction: async () =>
    (await db.prisma.planAction.findMany({ select: { id: true, plan: planFacts } })).map(
      (action) => ({ id: action.id, seen: (h: Holder) => planSeen(h, action.plan) }),
    ),
  Recommendation: async () =>
    (await db.prisma.recommendation.findMany()).map((r) => ({
      id: r.id,
      seen: (h: Holder) => h.name !== 'public' || r.publishedOn <= now,
    })),
  RecommendationResponse: async () =>
    (await db.prisma.recommendationResponse.findMany({ select: { id: true } })).map((r) => ({
      id: r.id,
      seen: (h: Holder) => h.name !== 'public',
    })),
  RatingImport: async () =>
    (await db.prisma.ratingImport.findMany()).map((batch) => ({
      id: batch.id,
      seen: (h: Holder) => !!h.admin || (!!h.lead && batch.inspectorateIds.includes(h.lead)),
    })),
  User: async () =>
    (await db.prisma.user.findMany({ select: { id: true } })).map((user) => ({
      id: user.id,
      seen: (h: Holder) => !!h.admin || h.userId === user.id,
    })),
  AuditEvent: async () =>
    (await db.prisma.auditEvent.findMany({ select: { id: true } })).map((event) => ({
      id: event.id,
      seen: (h: Holder) => !!h.admin,
    })),
};

function viewerOf(h: Holder): Viewer | null {
  if (h.name === 'public') return null;
  const roles: Viewer['roles'] = [];
  if (h.admin) roles.push({ role: 'ADMINISTRATOR' });
  if (h.planner) roles.push({ role: 'INSPECTORATE_PLANNER', inspectorateId: h.planner });
  if (h.lead) roles.push({ role: 'INSPECTORATE_LEAD', inspectorateId: h.lead });
  if (h.agency)
    roles.push({ role: h.approver ? 'AGENCY_APPROVER' : 'AGENCY_EDITOR', agencyId: h.agency });
  if (h.pcc) roles.push({ role: 'POLICING_BODY_OFFICE', localPolicingBodyId: h.pcc });
  if (h.minister) roles.push({ role: 'MINISTER_OFFICE', ministerId: h.minister });
  return {
    userId: h.userId ?? null,
    name: h.name,
    email: 'walk@example.test',
    sessionId: null,
    roles,
  };
}

beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  const inspectorate = async (shortName: string) =>
    (await p.inspectorate.findUniqueOrThrow({ where: { shortName } })).id;
  const agency = async (name: string) => (await p.agency.findUniqueOrThrow({ where: { name } })).id;
  const bodyOf = async (force: string) =>
    (
      await p.localPolicingBodyTerm.findFirstOrThrow({
        where: { policeForce: { name: force }, endsOn: null },
      })
    ).localPolicingBodyId;
  Object.assign(id, {
    hmicfrs: await inspectorate('HMICFRS'),
    probation: await inspectorate('HMI Probation'),
    hmcpsi: await inspectorate('HMCPSI'),
    kent: await agency('Kent Police'),
    essex: await agency('Essex Police'),
    kentPcc: await bodyOf('Kent Police'),
    essexPfcc: await bodyOf('Essex Police'),
    homeSecretary: (await p.minister.findUniqueOrThrow({ where: { title: 'Home Secretary' } })).id,
    lordChancellor: (
      await p.minister.findFirstOrThrow({ where: { title: { startsWith: 'Lord Chancellor' } } })
    ).id,
  });

  // Programmes: one published and running, its revision still a draft.
  const programme = (status: 'DRAFT' | 'PUBLISHED', title: string, revisesId?: string) =>
    p.programme.create({
      data: {
        title,
        status,
        revisesId,
        startsOn: new Date('2026-04-01'),
        endsOn: new Date('2028-03-31'),
        inspections: {
          create: {
            title: `${title}: victims’ thematic`,
            kind: 'JOINT_THEMATIC',
            victimsThematic: true,
            theme: 'Victims',
            scopeStatement: 'How victims are kept informed.',
            leadInspectorateId: id.hmicfrs!,
            partners: { create: [{ inspectorateId: id.hmcpsi! }] },
            phases: {
              create: [
                {
                  kind: 'FIELDWORK',
                  plannedStart: new Date('2027-05-01'),
                  plannedEnd: new Date('2027-05-31'),
                  staffing: { create: [{ inspectorateId: id.hmicfrs!, inspectorWeeks: 4 }] },
                },
              ],
            },
          },
        },
      },
      include: { inspections: true },
    });
  const published = await programme('PUBLISHED', 'Published programme');
  const draft = await programme('DRAFT', 'Draft revision', published.id);
  // The draft revision is out for consultation: the consultation and its proposals are public,
  // the draft programme itself is not.
  await p.consultation.create({
    data: {
      programmeId: draft.id,
      runById: id.hmicfrs!,
      opensOn: new Date('2026-11-02'),
      closesOn: new Date('2026-12-14'),
      openedBy: 'A planner at HMICFRS',
      proposals: {
        create: [
          {
            inspectionId: draft.inspections[0]!.id,
            position: 1,
            topic: 'Victims’ thematic',
            theme: 'Victims',
            summary: 'How victims are kept informed.',
            leadShortName: 'HMICFRS',
            leadInspectorateId: id.hmicfrs!,
            partnerShortNames: ['HMCPSI'],
            kindsInScope: ['POLICE_FORCE'],
            victimsThematic: true,
          },
        ],
      },
    },
  });

  // Plans: Kent's at three stages, Essex's draft; the published one answers an inspection in
  // the draft programme, which the public must not reach through it.
  const plan = async (
    agencyId: string,
    status: 'DRAFT' | 'SUBMITTED' | 'PUBLISHED',
    title: string,
  ) =>
    p.actionPlan.create({
      data: {
        agencyId,
        title,
        reason: 'INSPECTION_FINDINGS',
        inspectionId: draft.inspections[0]!.id,
        reviewingInspectorateId: id.hmicfrs!,
        summary: `${title}: how victims will be kept informed.`,
        status,
        responsibleMinisterId: id.homeSecretary!,
        actions: {
          create: [
            {
              position: 1,
              description: 'Call victims back',
              owner: 'Head of victim care',
              targetDate: new Date('2027-03-31'),
              progress: { create: [{ note: 'Calls started', recordedBy: 'Someone at Kent' }] },
            },
          ],
        },
        events: { create: [{ toStatus: status, by: 'Test' }] },
        versions:
          status === 'DRAFT'
            ? undefined
            : {
                create: [{ number: 1, summary: 'As submitted', actions: [], submittedBy: 'Test' }],
              },
      },
    });
  await plan(id.kent!, 'DRAFT', 'Kent draft');
  await plan(id.kent!, 'SUBMITTED', 'Kent submitted');
  await plan(id.kent!, 'PUBLISHED', 'Kent published');
  await plan(id.essex!, 'DRAFT', 'Essex draft');

  // An escalation with a published recommendation and one under embargo.
  const escalation = await p.escalation.create({
    data: {
      kind: 'URGENT_NOTIFICATION',
      agencyId: id.kent!,
      inspectorateId: id.hmicfrs!,
      issuedOn: new Date('2026-10-01'),
      summary: 'Concerns about victims',
      recordedBy: 'Test',
    },
  });
  for (const [reference, publishedOn] of [
    ['R1', '2026-10-01'],
    ['R2 (embargoed)', '2026-12-15'],
  ] as const)
    await p.recommendation.create({
      data: {
        source: 'INSPECTION_REPORT',
        reportTitle: 'Report',
        publishedOn: new Date(publishedOn),
        reference,
        text: 'Call victims back.',
        recordedBy: 'Test',
        escalationId: escalation.id,
        inspectionId: draft.inspections[0]!.id,
        addressees: { create: [{ agencyId: id.kent! }] },
      },
    });

  // A rating, a direction and an audit event, so that every node type has a record.
  const peel = await p.ratingFramework.findFirstOrThrow({
    where: { name: 'PEEL' },
    include: { grades: true },
  });
  await p.rating.create({
    data: {
      agencyId: id.kent!,
      frameworkId: peel.id,
      areaCode: 'TREATMENT_OF_VICTIMS',
      gradeId: peel.grades[0]!.id,
      ratedOn: new Date('2026-06-01'),
      rationale: 'Victims are kept informed.',
      recordedBy: 'Test',
    },
  });
  await p.ministerialDirection.create({
    data: {
      reference: 'WALK/1',
      title: 'Regular victims’ thematics',
      draftedOn: new Date('2026-01-01'),
      givenOn: new Date('2026-01-01'),
      inForceFrom: new Date('2026-04-01'),
      minimumThematics: 1,
      period: 'PER_PROGRAMME',
      requirement: 'One victims’ thematic per programme.',
    },
  });
  await p.auditEvent.create({
    data: { actor: 'Test', action: 'walk', entityType: 'Programme', entityId: published.id },
  });

  // Ratings files of two inspectorates.
  for (const inspectorateId of [id.hmicfrs!, id.probation!])
    await p.ratingImport.create({
      data: {
        fileName: 'ratings.csv',
        rows: [],
        goodRows: 0,
        badRows: 0,
        checkedBy: 'Test',
        inspectorateIds: [inspectorateId],
      },
    });

  const roles: Holder[] = [
    { name: 'public' },
    { name: 'administrator', admin: true },
    { name: 'planner (HMICFRS)', planner: id.hmicfrs },
    { name: 'planner (HMI Probation)', planner: id.probation },
    { name: 'lead (HMICFRS)', lead: id.hmicfrs },
    { name: 'lead (HMI Probation)', lead: id.probation },
    { name: 'editor (Kent Police)', agency: id.kent },
    { name: 'approver (Kent Police)', agency: id.kent, approver: true },
    { name: 'approver (Essex Police)', agency: id.essex, approver: true },
    { name: 'PCC office (Kent)', pcc: id.kentPcc },
    { name: 'PCC office (Essex)', pcc: id.essexPfcc },
    { name: 'minister’s office (Home Secretary)', minister: id.homeSecretary },
    { name: 'minister’s office (Lord Chancellor)', minister: id.lordChancellor },
  ];
  for (const [index, holder] of roles.entries()) {
    if (holder.name !== 'public') {
      const user = await p.user.create({
        data: { email: `walk-${index}@example.test`, name: holder.name, createdBy: 'Test' },
      });
      holder.userId = user.id;
      await p.reminder.create({
        data: {
          userId: user.id,
          deadlineKey: `WALK:${index}`,
          offset: 'SEVEN_DAYS_BEFORE',
          title: 'A deadline',
          dueOn: new Date('2026-12-02'),
          subjectId: gid('Escalation', escalation.id),
          path: '/track/escalations',
          remindedOn: new Date('2026-11-25'),
          subject: 'Due in 7 days',
          body: 'Due in 7 days',
          byEmail: false,
        },
      });
    }
    holders.push(holder);
    const server = await graphqlAgainst(p, now, viewerOf(holder));
    executors.set(holder.name, server.execute);
    stops.push(server.stop);
  }
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db?.close();
});

describe('what each role sees, by every path', () => {
  it('node and nodes answer every record of every node type exactly as the rules say', async () => {
    const { data } = await executors.get('administrator')!(
      '{ __schema { types { name interfaces { name } } } }',
    );
    const nodeTypes: string[] = data!.__schema.types
      .filter((type: { interfaces: Array<{ name: string }> | null }) =>
        type.interfaces?.some((face) => face.name === 'Node'),
      )
      .map((type: { name: string }) => type.name)
      .sort();
    expect(nodeTypes.filter((type) => !oracle[type])).toEqual([]);
    // Sessions and sign-in throttles mean nothing outside the service: they are not nodes.
    expect(nodeTypes).not.toContain('Session');
    expect(nodeTypes).not.toContain('SignInThrottle');

    const table: Record<string, Record<string, string>> = {};
    const surprises: string[] = [];
    let checks = 0;
    for (const type of nodeTypes) {
      const records = await oracle[type]!();
      table[type] = {};
      for (const holder of holders) {
        const execute = executors.get(holder.name)!;
        let seen = 0;
        for (let start = 0; start < records.length; start += 50) {
          const batch = records.slice(start, start + 50);
          const result = await execute('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
            ids: batch.map((record) => gid(type, record.id)),
          });
          const errorAt = new Map(
            (result.errors ?? []).map((error) => [error.path?.[1], error.extensions?.code]),
          );
          batch.forEach((record, index) => {
            checks += 1;
            const want = record.seen(holder);
            const got = result.data?.nodes?.[index];
            if (want && got?.id !== gid(type, record.id))
              surprises.push(`${holder.name} could not see ${type} ${record.id}`);
            if (!want && (got !== null || errorAt.get(index) !== 'NOT_FOUND'))
              surprises.push(
                `${holder.name} saw ${type} ${record.id}: ${JSON.stringify(got ?? errorAt.get(index))}`,
              );
            if (want) seen += 1;
          });
        }
        // A missing record of the type answers as a hidden one does.
        const missing = await execute('query($id: ID!) { node(id: $id) { id } }', {
          id: gid(type, missingId),
        });
        checks += 1;
        if (missing.data?.node !== null || missing.errors?.[0]?.extensions?.code !== 'NOT_FOUND')
          surprises.push(`${holder.name}: a missing ${type} answered ${JSON.stringify(missing)}`);
        table[type]![holder.name] = `${seen}/${records.length}`;
      }
    }
    console.log('\nWhat each role sees through node and nodes (seen / records of the type)\n');
    console.table(table);
    console.log(
      `${nodeTypes.length} node types × ${holders.length} roles: ${checks} records checked`,
    );
    expect(surprises).toEqual([]);
  });

  it('answers malformed ids, ids of types that are not nodes, and hidden ids all alike', async () => {
    const execute = executors.get('public')!;
    const draftPlan = await db.prisma.actionPlan.findFirstOrThrow({
      where: { title: 'Kent draft' },
    });
    const hiddenAction = await db.prisma.planAction.findFirstOrThrow({
      where: { planId: draftPlan.id },
    });
    const draftPhase = await db.prisma.inspectionPhase.findFirstOrThrow({
      where: { inspection: { programme: { status: 'DRAFT' } } },
    });
    const answers = [];
    for (const nodeId of [
      'not an id at all',
      gid('Session', missingId),
      gid('SignInThrottle', missingId),
      gid('ActionPlan', 'not-a-uuid'),
      gid('ActionPlan', missingId),
      gid('ActionPlan', draftPlan.id),
      gid('PlanAction', hiddenAction.id),
      gid('InspectionPhase', draftPhase.id),
    ]) {
      const result = await execute('query($id: ID!) { node(id: $id) { id } }', { id: nodeId });
      answers.push([result.data?.node, result.errors?.map((e) => [e.extensions?.code, e.message])]);
    }
    expect(new Set(answers.map((answer) => JSON.stringify(answer)))).toEqual(
      new Set([JSON.stringify([null, [['NOT_FOUND', 'There is no record with that id.']]])]),
    );
  });

  it('nested lists hold exactly what each role may see, and never fail on what it may not', async () => {
    const surprises: string[] = [];
    const visible = async (type: string, h: Holder) =>
      new Set((await oracle[type]!()).filter((r) => r.seen(h)).map((r) => gid(type, r.id)));
    const same = (what: string, got: string[], want: Set<string>) => {
      const missing = [...want].filter((x) => !got.includes(x));
      const extra = got.filter((x) => !want.has(x));
      if (missing.length || extra.length)
        surprises.push(`${what}: ${missing.length} missing, ${extra.length} too many`);
    };
    for (const h of holders) {
      const execute = executors.get(h.name)!;
      const programmes = await execute(
        `{ programmes { id revises { id } revisedBy { id }
             inspections { id phases { id staffing { inspectorWeeks } } } } }`,
      );
      const plans = await execute(
        `{ actionPlans { id inspection { id } actions { id progress { note } }
             versions { number } history { toStatus } } }`,
      );
      const escalations = await execute(
        '{ escalations { id recommendations { id inspection { id } responses { id } } } }',
      );
      for (const [what, result] of Object.entries({ programmes, plans, escalations }))
        if (result.errors?.length)
          surprises.push(`${h.name}: ${what} failed with ${JSON.stringify(result.errors)}`);
      const programmeList = programmes.data?.programmes ?? [];
      same(
        `${h.name}: programmes`,
        programmeList.map((x: { id: string }) => x.id),
        await visible('Programme', h),
      );
      same(
        `${h.name}: programmes' inspections`,
        programmeList.flatMap((x: { inspections: Array<{ id: string }> }) =>
          x.inspections.map((i) => i.id),
        ),
        await visible('Inspection', h),
      );
      same(
        `${h.name}: inspections' phases`,
        programmeList.flatMap((x: { inspections: Array<{ phases: Array<{ id: string }> }> }) =>
          x.inspections.flatMap((i) => i.phases.map((phase) => phase.id)),
        ),
        await visible('InspectionPhase', h),
      );
      const revisions = programmeList.flatMap((x: { revises: unknown; revisedBy: unknown }) => [
        x.revises,
        x.revisedBy,
      ]);
      const visibleProgrammes = await visible('Programme', h);
      if (revisions.some((r: { id: string } | null) => r && !visibleProgrammes.has(r.id)))
        surprises.push(`${h.name}: a programme's revision showed though hidden`);
      const planList = plans.data?.actionPlans ?? [];
      same(
        `${h.name}: plans`,
        planList.map((x: { id: string }) => x.id),
        await visible('ActionPlan', h),
      );
      same(
        `${h.name}: plans' actions`,
        planList.flatMap((x: { actions: Array<{ id: string }> }) => x.actions.map((a) => a.id)),
        await visible('PlanAction', h),
      );
      const visibleInspections = await visible('Inspection', h);
      if (
        planList.some(
          (x: { inspection: { id: string } | null }) =>
            x.inspection && !visibleInspections.has(x.inspection.id),
        )
      )
        surprises.push(`${h.name}: a plan's inspection showed though hidden`);
      // Every plan the role sees shows its progress whole, and its versions and history whole
      // to those who take part in its review (who would see it were it only submitted), and
      // empty to everyone else.
      const stored = await db.prisma.actionPlan.findMany({
        include: {
          actions: { include: { progress: true } },
          versions: true,
          events: true,
          agency: planFacts.select.agency,
        },
      });
      for (const shown of planList) {
        const plan = stored.find((s) => gid('ActionPlan', s.id) === shown.id)!;
        const counts = (x: typeof shown) => [
          x.actions.flatMap((a: { progress: unknown[] }) => a.progress).length,
          x.versions.length,
          x.history.length,
        ];
        const takesPart = planSeen(h, { ...plan, status: 'SUBMITTED' });
        expect(counts(shown), `${h.name}: ${plan.title}`).toEqual([
          plan.actions.flatMap((a) => a.progress).length,
          takesPart ? plan.versions.length : 0,
          takesPart ? plan.events.length : 0,
        ]);
      }
      const escalationList = escalations.data?.escalations ?? [];
      same(
        `${h.name}: escalations`,
        escalationList.map((x: { id: string }) => x.id),
        await visible('Escalation', h),
      );
      same(
        `${h.name}: escalations' recommendations`,
        escalationList.flatMap((x: { recommendations: Array<{ id: string }> }) =>
          x.recommendations.map((r) => r.id),
        ),
        await visible('Recommendation', h),
      );
      same(
        `${h.name}: recommendations' responses`,
        escalationList.flatMap(
          (x: { recommendations: Array<{ responses: Array<{ id: string }> }> }) =>
            x.recommendations.flatMap((r) => r.responses.map((response) => response.id)),
        ),
        await visible('RecommendationResponse', h),
      );
      if (h.name !== 'public') {
        const own = await execute('{ viewer { id } myWork { reminders { id } } }');
        expect(own.errors, h.name).toBeUndefined();
        expect(own.data?.viewer?.id).toBe(gid('User', h.userId!));
        const reminders = await db.prisma.reminder.findMany({ where: { userId: h.userId } });
        expect(own.data?.myWork.reminders.map((r: { id: string }) => r.id)).toEqual(
          reminders.map((r) => r.id),
        );
      }
    }
    expect(surprises).toEqual([]);
  });

  it('typed queries answer a hidden record exactly as a missing one', async () => {
    const records = {
      programme: [
        'Programme',
        (await db.prisma.programme.findFirstOrThrow({ where: { status: 'DRAFT' } })).id,
      ],
      inspection: [
        'Inspection',
        (
          await db.prisma.inspection.findFirstOrThrow({
            where: { programme: { status: 'DRAFT' } },
          })
        ).id,
      ],
      actionPlan: [
        'ActionPlan',
        (await db.prisma.actionPlan.findFirstOrThrow({ where: { title: 'Kent draft' } })).id,
      ],
    } as const;
    for (const [query, [type, recordId]] of Object.entries(records)) {
      const hidden = await executors.get('public')!(
        `query($id: ID!) { ${query}(id: $id) { id } }`,
        {
          id: gid(type, recordId),
        },
      );
      const missing = await executors.get('public')!(
        `query($id: ID!) { ${query}(id: $id) { id } }`,
        {
          id: gid(type, missingId),
        },
      );
      expect(hidden.data, query).toBeNull();
      expect(hidden.errors?.[0]?.extensions?.code, query).toBe('NOT_FOUND');
      expect(missing.errors?.[0]?.extensions?.code, query).toBe('NOT_FOUND');
    }
    // Another inspectorate's ratings file, to a lead of HMI Probation.
    const hmicfrsFile = await db.prisma.ratingImport.findFirstOrThrow({
      where: { inspectorateIds: { has: id.hmicfrs! } },
    });
    const asProbationLead = executors.get('lead (HMI Probation)')!;
    for (const fileId of [hmicfrsFile.id, missingId]) {
      const result = await asProbationLead('query($id: ID!) { ratingImport(id: $id) { id } }', {
        id: gid('RatingImport', fileId),
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});
