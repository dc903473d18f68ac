/**
 * Fills a database that holds only the reference data with realistic volumes of everything
 * the inspectorates record, at a chosen multiple of today's real system, the same for the same
 * seed. ×1 is today: 120 agencies, three programmes of about 60 inspections with their phases
 * and localities, five years of ratings, about 200 action plans with about 3,000 actions and
 * about 1,000 recommendations.
 *
 * What grows with the multiple is the number of things, never the size of one thing: ×10 has
 * ten times as many programmes, agencies, ratings, plans and recommendations, while a programme
 * still has about 60 inspections, an agency five years of ratings and a plan about 15 actions.
 * So a page about one thing (a programme's timeline, an agency, a plan, the police forces'
 * dashboard) should cost the same at ×10, and a list of everything (the deadlines) grows.
 *
 * The agencies are the real ones of the reference data, topped up with synthetic prisons and
 * youth offending teams (kinds the reference data has no list of) to 120 × the multiple (never
 * fewer than the real ones, so a fraction such as ×0.25 for tests keeps every real agency). Every
 * synthetic agency is named "Synthetic …" and says so in its notes; the 43 police forces stay
 * the real 43, so the police forces' dashboard compares the same agencies at every multiple.
 *
 * Every id and timestamp is generated too, so two runs with one seed write the same rows apart
 * from the reference data's own ids.
 */
import { base, en, en_GB, Faker } from '@faker-js/faker';
import type { AgencyKindCode, Prisma, PrismaClient } from '@cjji/db';

export interface ScaleOptions {
  /** 1 is today's real system; 10 and 100 for growth. */
  multiple: number;
  seed: number;
  /** The day the data is as at: past phases are done, recent deadlines are open. */
  today?: Date;
}

export type ScaleSummary = Record<string, number>;

const defaultToday = new Date(Date.UTC(2026, 10, 25));
const dayMs = 86_400_000;
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * dayMs);
const addMonths = (date: Date, months: number, day = date.getUTCDate()) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, day));
const minDate = (a: Date, b: Date) => (a < b ? a : b);
const maxDate = (a: Date, b: Date) => (a > b ? a : b);
const syntheticNote = (options: ScaleOptions) =>
  `Synthetic agency made by the scale data generator (×${options.multiple}, seed ${options.seed}); not a real body.`;

/** Rows per createMany: well under PostgreSQL's 65,535 bind parameters for the widest table. */
const batchSize = 2_000;

export async function generateScaleData(
  prisma: PrismaClient,
  options: ScaleOptions,
): Promise<ScaleSummary> {
  if (!Number.isFinite(options.multiple) || options.multiple <= 0)
    throw new Error('The multiple must be a positive number, e.g. 1, 10 or 100.');
  const existing =
    (await prisma.programme.count()) +
    (await prisma.rating.count()) +
    (await prisma.actionPlan.count());
  if (existing)
    throw new Error(
      'This database already holds programmes, ratings or action plans: the scale generator fills only a database with nothing but the reference data, so that synthetic records never mix with real ones.',
    );
  const inspectorates = await prisma.inspectorate.findMany({ orderBy: { shortName: 'asc' } });
  if (!inspectorates.length)
    throw new Error(
      'Load the reference data first: the generator builds on its inspectorates and agencies.',
    );

  const faker = new Faker({ locale: [en_GB, en, base] });
  faker.seed(options.seed);
  const today = options.today ?? defaultToday;
  const n = options.multiple;
  const count = (perMultiple: number) => Math.max(1, Math.round(perMultiple * n));
  const summary: ScaleSummary = {};
  const insert = async <Row>(
    table: string,
    createMany: (args: { data: Row[] }) => Promise<{ count: number }>,
    rows: Row[],
  ) => {
    for (let start = 0; start < rows.length; start += batchSize)
      await createMany({ data: rows.slice(start, start + batchSize) });
    summary[table] = (summary[table] ?? 0) + rows.length;
  };
  const uuid = () => faker.string.uuid();
  const pick = <T>(items: readonly T[]) => faker.helpers.arrayElement(items);
  const between = (from: Date, to: Date) =>
    new Date(
      Math.floor(
        (from.getTime() +
          faker.number.float({ min: 0, max: 1 }) * Math.max(0, to.getTime() - from.getTime())) /
          dayMs,
      ) * dayMs,
    );
  const stamp = (date: Date) =>
    new Date(date.getTime() + faker.number.int({ min: 8 * 3600, max: 18 * 3600 }) * 1000);

  // ------------------------------------------------------------------ agencies
  const kinds = await prisma.agencyKind.findMany({
    include: { inspectedBy: { orderBy: { shortName: 'asc' } } },
  });
  const kindOf = new Map(kinds.map((kind) => [kind.code, kind]));
  const real = await prisma.agency.findMany({
    orderBy: { name: 'asc' },
    include: { localPolicingBodyTerms: true },
  });
  const regions = [
    ...new Set(real.filter((a) => a.kindCode === 'POLICE_FORCE').map((a) => a.region!)),
  ].sort();
  const hmpps = real.find((a) => a.kindCode === 'HMPPS');
  const synthetic: Prisma.AgencyCreateManyInput[] = [];
  const syntheticTotal = Math.max(0, Math.round(120 * n) - real.length);
  for (let i = 0; i < syntheticTotal; i++) {
    const prison = i % 2 === 0;
    const region = pick(regions);
    const number = String(Math.floor(i / 2) + 1).padStart(5, '0');
    synthetic.push({
      id: uuid(),
      name: prison ? `Synthetic prison ${number}` : `Synthetic youth offending team ${number}`,
      kindCode: prison ? 'PRISON' : 'YOUTH_OFFENDING_TEAM',
      region,
      country: region === 'Wales' ? 'WALES' : 'ENGLAND',
      parentId: prison ? (hmpps?.id ?? null) : null,
      notes: syntheticNote(options),
      createdAt: stamp(addDays(today, -400)),
      updatedAt: stamp(addDays(today, -400)),
    });
  }
  await insert('Agency (synthetic)', (a) => prisma.agency.createMany(a), synthetic);
  const agencies = [
    ...real.map((a) => ({
      id: a.id,
      name: a.name,
      kindCode: a.kindCode,
      terms: a.localPolicingBodyTerms,
    })),
    ...synthetic.map((a) => ({
      id: a.id!,
      name: a.name,
      kindCode: a.kindCode,
      terms: [] as (typeof real)[number]['localPolicingBodyTerms'],
    })),
  ];
  const agenciesOfKind = (codes: readonly AgencyKindCode[]) =>
    agencies.filter((a) => codes.includes(a.kindCode));
  const leadFor = (code: AgencyKindCode) => kindOf.get(code)!.inspectedBy[0] ?? inspectorates[0]!;

  // ------------------------------------------------------------------ a direction and capacity
  const ministers = await prisma.minister.findMany({ orderBy: { title: 'asc' } });
  if (!(await prisma.ministerialDirection.count())) {
    await prisma.ministerialDirection.create({
      data: {
        id: uuid(),
        reference: 'SCALE-DIR-1',
        title: 'Synthetic direction: regular victims’ thematics (scale data)',
        draftedOn: new Date(Date.UTC(1960, 0, 1)),
        givenOn: new Date(Date.UTC(1960, 0, 1)),
        inForceFrom: new Date(Date.UTC(1960, 0, 1)),
        minimumThematics: 2,
        period: 'PER_YEAR',
        requirement:
          'At least two joint thematic inspections on victims in each year of a programme, covering the police and the CPS.',
        createdAt: stamp(addDays(today, -1000)),
        givenBy: {
          create: ministers.map((m) => ({
            ministerId: m.id,
            agreedOn: new Date(Date.UTC(1960, 0, 1)),
            recordedBy: 'Scale data',
          })),
        },
        kindsRequired: {
          create: [{ agencyKindCode: 'POLICE_FORCE' }, { agencyKindCode: 'CPS_AREA' }],
        },
      },
    });
  }

  // ------------------------------------------------------------------ programmes, inspections, phases
  // The programme running today starts on the last 1 April two years on from 2026; one draft
  // follows it, and the rest go back in time, two years each.
  const yearsSince = today.getUTCFullYear() - 2026 - (today.getUTCMonth() < 3 ? 1 : 0);
  const currentStart = new Date(Date.UTC(2026 + Math.floor(yearsSince / 2) * 2, 3, 1));
  const programmeCount = count(3);
  const programmes: Prisma.ProgrammeCreateManyInput[] = [];
  const programmeChanges: Prisma.ProgrammeStatusChangeCreateManyInput[] = [];
  const inspections: Prisma.InspectionCreateManyInput[] = [];
  const partners: Prisma.InspectionPartnerCreateManyInput[] = [];
  const scopes: Prisma.InspectionScopeKindCreateManyInput[] = [];
  const localities: Prisma.InspectionLocalityCreateManyInput[] = [];
  const phases: Prisma.InspectionPhaseCreateManyInput[] = [];
  const staffing: Prisma.PhaseStaffingCreateManyInput[] = [];
  const phaseChanges: Prisma.PhaseDateChangeCreateManyInput[] = [];
  const inspectionChanges: Prisma.InspectionStatusChangeCreateManyInput[] = [];
  const capacity: Prisma.InspectorateCapacityCreateManyInput[] = [];
  /** Published inspections, for recommendations and plans to refer to. */
  const published: Array<{ id: string; title: string; on: Date; agencyIds: string[] }> = [];
  const planners = Array.from({ length: 12 }, () => faker.person.fullName());
  const themes = [
    'Victims of domestic abuse',
    'Victims of rape and serious sexual offences',
    'Witness care',
    'Victim contact schemes',
    'Restorative justice',
    'Victims of antisocial behaviour',
    'Young victims',
    'Victims with disabilities',
    'Custody and detention',
    'Case progression',
    'Hate crime',
    'Stalking and harassment',
  ];
  const jointKinds: AgencyKindCode[] = [
    'POLICE_FORCE',
    'CPS_AREA',
    'PROBATION_REGION',
    'PRISON',
    'YOUTH_OFFENDING_TEAM',
  ];

  for (let p = 0; p < programmeCount; p++) {
    const startsOn = new Date(Date.UTC(currentStart.getUTCFullYear() + 2 - 2 * p, 3, 1));
    const endsOn = addDays(new Date(Date.UTC(startsOn.getUTCFullYear() + 2, 3, 1)), -1);
    const status = p === 0 ? 'DRAFT' : 'PUBLISHED';
    const programmeId = uuid();
    const created = addMonths(startsOn, -9);
    const years = `${startsOn.getUTCFullYear()}–${String(endsOn.getUTCFullYear()).slice(2)}`;
    programmes.push({
      id: programmeId,
      title: `Criminal Justice Joint Inspection Programme ${years}`,
      startsOn,
      endsOn,
      status,
      version: status === 'DRAFT' ? 1 : 3,
      createdAt: stamp(created),
      updatedAt: stamp(addMonths(startsOn, -2)),
    });
    programmeChanges.push({
      id: uuid(),
      programmeId,
      toStatus: 'DRAFT',
      changedBy: pick(planners),
      changedAt: stamp(created),
    });
    if (status === 'PUBLISHED') {
      programmeChanges.push({
        id: uuid(),
        programmeId,
        fromStatus: 'DRAFT',
        toStatus: 'AGREED',
        changedBy: pick(planners),
        changedAt: stamp(addMonths(startsOn, -4)),
        reason: 'Agreed by the Criminal Justice Chief Inspectors’ Group.',
      });
      programmeChanges.push({
        id: uuid(),
        programmeId,
        fromStatus: 'AGREED',
        toStatus: 'PUBLISHED',
        changedBy: pick(planners),
        changedAt: stamp(addMonths(startsOn, -2)),
      });
    }
    for (const inspectorate of inspectorates) {
      for (let q = 0; q < 8; q++)
        capacity.push({
          inspectorateId: inspectorate.id,
          quarterStart: addMonths(startsOn, q * 3, 1),
          inspectorWeeks: faker.number.int({ min: 50, max: 90 }),
        });
    }

    const inspectionCount = faker.number.int({ min: 55, max: 65 });
    for (let i = 0; i < inspectionCount; i++) {
      const joint = i % 3 === 0;
      const inspectionId = uuid();
      const victims = joint && faker.number.int({ min: 0, max: 2 }) === 0;
      let lead = pick(inspectorates);
      let inScope: AgencyKindCode[];
      let visited: string[];
      if (joint) {
        inScope = faker.helpers.arrayElements(jointKinds, { min: 2, max: 4 });
        if (victims && !inScope.includes('POLICE_FORCE')) inScope.push('POLICE_FORCE');
        if (victims && !inScope.includes('CPS_AREA')) inScope.push('CPS_AREA');
        visited = faker.helpers
          .arrayElements(agenciesOfKind(inScope), { min: 4, max: 8 })
          .map((a) => a.id);
      } else {
        const agency = pick(
          agenciesOfKind([
            'POLICE_FORCE',
            'CPS_AREA',
            'PROBATION_REGION',
            'PRISON',
            'YOUTH_OFFENDING_TEAM',
          ]),
        );
        inScope = [agency.kindCode];
        visited = [agency.id];
        lead = leadFor(agency.kindCode);
      }
      const partnerIds = joint
        ? faker.helpers
            .arrayElements(
              inspectorates.filter((x) => x.id !== lead.id),
              { min: 1, max: 3 },
            )
            .map((x) => x.id)
        : [];

      // Scoping, fieldwork, reporting, publication, inside the programme's two years.
      const scopingStart = addMonths(
        startsOn,
        faker.number.int({ min: 0, max: 17 }),
        faker.number.int({ min: 1, max: 28 }),
      );
      const fieldworkStart = addDays(scopingStart, faker.number.int({ min: 28, max: 42 }));
      const reportingStart = addDays(fieldworkStart, faker.number.int({ min: 28, max: 63 }));
      const publication = minDate(
        addDays(reportingStart, faker.number.int({ min: 56, max: 100 })),
        endsOn,
      );
      const dates = [
        {
          kind: 'SCOPING' as const,
          start: scopingStart,
          end: addDays(fieldworkStart, -1),
          weeks: [[lead.id, faker.number.int({ min: 2, max: 4 })]],
        },
        {
          kind: 'FIELDWORK' as const,
          start: fieldworkStart,
          end: addDays(reportingStart, -1),
          weeks: [
            [lead.id, faker.number.int({ min: 8, max: 20 })],
            ...partnerIds.map((id) => [id, faker.number.int({ min: 4, max: 10 })]),
          ],
        },
        {
          kind: 'REPORTING' as const,
          start: reportingStart,
          end: addDays(publication, -1),
          weeks: [[lead.id, faker.number.int({ min: 4, max: 8 })]],
        },
        { kind: 'PUBLICATION' as const, start: publication, end: publication, weeks: [] },
      ];
      const cancelled = status !== 'DRAFT' && faker.number.int({ min: 0, max: 29 }) === 0;
      const inspectionStatus =
        status === 'DRAFT'
          ? 'PLANNED'
          : cancelled
            ? 'CANCELLED'
            : publication <= today
              ? 'PUBLISHED'
              : scopingStart <= today
                ? 'IN_PROGRESS'
                : 'PLANNED';
      const title = joint
        ? `${pick(themes)}: a joint inspection${victims ? ' of victims’ experience' : ''}`
        : `Inspection of ${agencies.find((a) => a.id === visited[0])!.name}`;
      inspections.push({
        id: inspectionId,
        programmeId,
        title,
        kind: joint ? 'JOINT_THEMATIC' : 'CORE',
        victimsThematic: victims,
        theme: joint ? title.split(':')[0]! : 'Core inspection',
        scopeStatement: faker.lorem.sentences({ min: 2, max: 4 }),
        leadInspectorateId: lead.id,
        status: inspectionStatus,
        cancellationReason: cancelled ? 'Stood down to make room for an urgent thematic.' : null,
        version: 1 + faker.number.int({ min: 0, max: 3 }),
        createdAt: stamp(addDays(created, i)),
        updatedAt: stamp(addDays(created, i + 30)),
      });
      partnerIds.forEach((inspectorateId) => partners.push({ inspectionId, inspectorateId }));
      inScope.forEach((agencyKindCode) => scopes.push({ inspectionId, agencyKindCode }));
      visited.forEach((agencyId) => localities.push({ inspectionId, agencyId }));
      inspectionChanges.push({
        id: uuid(),
        inspectionId,
        toStatus: 'PLANNED',
        changedBy: pick(planners),
        changedAt: stamp(addDays(created, i)),
      });
      if (inspectionStatus === 'IN_PROGRESS' || inspectionStatus === 'PUBLISHED')
        inspectionChanges.push({
          id: uuid(),
          inspectionId,
          fromStatus: 'PLANNED',
          toStatus: 'IN_PROGRESS',
          changedBy: pick(planners),
          changedAt: stamp(scopingStart),
        });
      if (inspectionStatus === 'PUBLISHED') {
        inspectionChanges.push({
          id: uuid(),
          inspectionId,
          fromStatus: 'IN_PROGRESS',
          toStatus: 'PUBLISHED',
          changedBy: pick(planners),
          changedAt: stamp(publication),
        });
        published.push({ id: inspectionId, title, on: publication, agencyIds: visited });
      }
      if (cancelled)
        inspectionChanges.push({
          id: uuid(),
          inspectionId,
          fromStatus: 'PLANNED',
          toStatus: 'CANCELLED',
          changedBy: pick(planners),
          changedAt: stamp(addMonths(startsOn, -1)),
          reason: 'Stood down to make room for an urgent thematic.',
        });

      for (const phase of dates) {
        const phaseId = uuid();
        const done = status !== 'DRAFT' && !cancelled && phase.end <= today;
        const started = status !== 'DRAFT' && !cancelled && phase.start <= today;
        const moved = faker.number.int({ min: 0, max: 6 }) === 0;
        phases.push({
          id: phaseId,
          inspectionId,
          kind: phase.kind,
          plannedStart: phase.start,
          plannedEnd: phase.end,
          actualStart: started ? addDays(phase.start, faker.number.int({ min: 0, max: 3 })) : null,
          actualEnd: done
            ? maxDate(
                addDays(phase.end, faker.number.int({ min: 0, max: 5 })),
                addDays(phase.start, 3),
              )
            : null,
          version: moved ? 2 : 1,
        });
        for (const [inspectorateId, weeks] of phase.weeks)
          staffing.push({
            phaseId,
            inspectorateId: inspectorateId as string,
            inspectorWeeks: weeks as number,
          });
        if (moved) {
          phaseChanges.push({
            id: uuid(),
            phaseId,
            plannedStart: addDays(phase.start, -14),
            plannedEnd: addDays(phase.end, -14),
            changedBy: pick(planners),
            changedAt: stamp(addDays(created, 60)),
            reason: 'Moved to fit the partner inspectorate’s fieldwork.',
          });
        }
      }
    }
  }
  await insert('Programme', (a) => prisma.programme.createMany(a), programmes);
  await insert(
    'ProgrammeStatusChange',
    (a) => prisma.programmeStatusChange.createMany(a),
    programmeChanges,
  );
  await insert('InspectorateCapacity', (a) => prisma.inspectorateCapacity.createMany(a), capacity);
  await insert('Inspection', (a) => prisma.inspection.createMany(a), inspections);
  await insert('InspectionPartner', (a) => prisma.inspectionPartner.createMany(a), partners);
  await insert('InspectionScopeKind', (a) => prisma.inspectionScopeKind.createMany(a), scopes);
  await insert('InspectionLocality', (a) => prisma.inspectionLocality.createMany(a), localities);
  await insert(
    'InspectionStatusChange',
    (a) => prisma.inspectionStatusChange.createMany(a),
    inspectionChanges,
  );
  await insert('InspectionPhase', (a) => prisma.inspectionPhase.createMany(a), phases);
  await insert('PhaseStaffing', (a) => prisma.phaseStaffing.createMany(a), staffing);
  await insert('PhaseDateChange', (a) => prisma.phaseDateChange.createMany(a), phaseChanges);

  // ------------------------------------------------------------------ five years of ratings
  const frameworks = await prisma.ratingFramework.findMany({
    include: {
      agencyKinds: true,
      grades: { include: { commonGrade: true }, orderBy: { rank: 'asc' } },
    },
    orderBy: { name: 'asc' },
  });
  const ratings: Prisma.RatingCreateManyInput[] = [];
  /** Each agency's latest rating that triggers a plan, if its latest does. */
  const owing = new Map<string, { ratingId: string; ratedOn: Date }>();
  const raters = Array.from({ length: 8 }, () => faker.person.fullName());
  for (const agency of agencies) {
    const framework = frameworks.find(
      (f) => f.agencyKinds.some((k) => k.agencyKindCode === agency.kindCode) && f.grades.length,
    );
    if (!framework) continue;
    let on = addDays(today, -5 * 365 + faker.number.int({ min: 0, max: 300 }));
    let last: { id: string; triggers: boolean; ratedOn: Date } | undefined;
    while (on <= today) {
      const grade = faker.helpers.weightedArrayElement(
        framework.grades.map((g) => ({
          value: g,
          weight: [3, 10, 7, 5, 2][g.commonGrade.rank - 1] ?? 2,
        })),
      );
      const id = uuid();
      ratings.push({
        id,
        agencyId: agency.id,
        frameworkId: framework.id,
        areaCode: 'TREATMENT_OF_VICTIMS',
        gradeId: grade.id,
        ratedOn: on,
        rationale: faker.lorem.sentences({ min: 1, max: 3 }),
        recordedBy: pick(raters),
        recordedAt: stamp(addDays(on, faker.number.int({ min: 1, max: 20 }))),
      });
      last = { id, triggers: grade.commonGrade.triggersActionPlan, ratedOn: on };
      on = addDays(on, faker.number.int({ min: 330, max: 730 }));
    }
    if (last?.triggers) owing.set(agency.id, { ratingId: last.id, ratedOn: last.ratedOn });
  }
  await insert('Rating', (a) => prisma.rating.createMany(a), ratings);
  const triggering = ratings.filter((r) =>
    frameworks.some((f) =>
      f.grades.some((g) => g.id === r.gradeId && g.commonGrade.triggersActionPlan),
    ),
  );

  // ------------------------------------------------------------------ escalations
  const escalations: Prisma.EscalationCreateManyInput[] = [];
  const hmicfrs = inspectorates.find((x) => x.shortName === 'HMICFRS') ?? inspectorates[0]!;
  const prisonsInspectorate =
    inspectorates.find((x) => x.shortName === 'HMI Prisons') ?? inspectorates[0]!;
  const prisons = agenciesOfKind(['PRISON']);
  for (let e = 0; e < count(20); e++) {
    // Below ×1 there may be no synthetic prisons: then every escalation is of a police force.
    const police = e % 2 === 0 || !prisons.length;
    const agency = pick(agenciesOfKind(police ? ['POLICE_FORCE'] : ['PRISON']));
    const kind = police
      ? 'ENHANCED_MONITORING'
      : e % 4 === 1
        ? 'URGENT_NOTIFICATION'
        : 'INDEPENDENT_REVIEW_OF_PROGRESS';
    const issuedOn = addDays(today, -faker.number.int({ min: 10, max: 5 * 365 }));
    const responseDueOn = kind === 'URGENT_NOTIFICATION' ? addDays(issuedOn, 28) : null;
    escalations.push({
      id: uuid(),
      kind,
      agencyId: agency.id,
      inspectorateId: police ? hmicfrs.id : prisonsInspectorate.id,
      issuedOn,
      summary: faker.lorem.sentences({ min: 2, max: 4 }),
      responseDueOn,
      respondedOn:
        responseDueOn && faker.number.int({ min: 0, max: 4 })
          ? addDays(issuedOn, faker.number.int({ min: 20, max: 35 }))
          : null,
      endedOn:
        police && faker.number.int({ min: 0, max: 1 })
          ? addDays(issuedOn, faker.number.int({ min: 200, max: 700 }))
          : null,
      recordedBy: pick(raters),
      recordedAt: stamp(addDays(issuedOn, 1)),
    });
  }
  await insert('Escalation', (a) => prisma.escalation.createMany(a), escalations);

  // ------------------------------------------------------------------ action plans
  const plans: Prisma.ActionPlanCreateManyInput[] = [];
  const actions: Prisma.PlanActionCreateManyInput[] = [];
  const progress: Prisma.ActionProgressCreateManyInput[] = [];
  const events: Prisma.ActionPlanEventCreateManyInput[] = [];
  const versions: Prisma.ActionPlanVersionCreateManyInput[] = [];
  const route = [
    'DRAFT',
    'SUBMITTED',
    'ACCEPTED',
    'LAID',
    'PUBLISHED',
    'IN_FOLLOW_UP',
    'CLOSED',
  ] as const;
  type PlanStatus = (typeof route)[number] | 'RETURNED';
  const statusWeights: Array<{ value: PlanStatus; weight: number }> = [
    { value: 'DRAFT', weight: 10 },
    { value: 'SUBMITTED', weight: 8 },
    { value: 'RETURNED', weight: 5 },
    { value: 'ACCEPTED', weight: 7 },
    { value: 'LAID', weight: 7 },
    { value: 'PUBLISHED', weight: 15 },
    { value: 'IN_FOLLOW_UP', weight: 25 },
    { value: 'CLOSED', weight: 23 },
  ];
  const owners = [
    'Head of victim services',
    'Chief superintendent, public protection',
    'Area business manager',
    'Deputy chief crown prosecutor',
    'Head of probation delivery unit',
    'Governor',
    'Head of youth justice',
    'Witness care manager',
  ];
  const agencyOf = new Map(agencies.map((a) => [a.id, a]));
  for (let k = 0; k < count(200); k++) {
    const fromRating = triggering.length && k % 2 === 0 ? pick(triggering) : undefined;
    const fromEscalation =
      !fromRating && escalations.length && k % 7 === 1 ? pick(escalations) : undefined;
    const fromInspection =
      !fromRating && !fromEscalation && published.length ? pick(published) : undefined;
    const agencyId =
      fromRating?.agencyId ??
      fromEscalation?.agencyId ??
      (fromInspection ? pick(fromInspection.agencyIds) : pick(agencies).id);
    const agency = agencyOf.get(agencyId)!;
    const police = agency.kindCode === 'POLICE_FORCE';
    let status = faker.helpers.weightedArrayElement(statusWeights);
    if (status === 'PUBLISHED' && !police) status = 'IN_FOLLOW_UP';
    const opened = maxDate(
      (fromRating?.ratedOn as Date | undefined) ??
        (fromEscalation?.issuedOn as Date | undefined) ??
        fromInspection?.on ??
        addDays(today, -700),
      addDays(today, -5 * 365),
    );
    const step = Math.max(7, Math.floor((today.getTime() - opened.getTime()) / dayMs / 9));
    const planId = uuid();
    const kind = kindOf.get(agency.kindCode)!;
    const reviewer = kind.inspectedBy[0] ?? inspectorates[0]!;
    // The moves the plan has made, one step apart, ending at its status.
    const path: PlanStatus[] =
      status === 'RETURNED'
        ? ['DRAFT', 'SUBMITTED', 'RETURNED']
        : route
            .filter((s) => s !== 'PUBLISHED' || police)
            .slice(0, route.filter((s) => s !== 'PUBLISHED' || police).indexOf(status) + 1);
    const at = (index: number) => stamp(addDays(opened, step * index));
    path.forEach((to, index) =>
      events.push({
        id: uuid(),
        planId,
        fromStatus: index ? path[index - 1]! : null,
        toStatus: to,
        by: pick(raters),
        at: at(index),
        comment:
          to === 'RETURNED' ? 'Make the actions specific to victims and give each an owner.' : null,
      }),
    );
    const laidIndex = path.indexOf('LAID');
    const publishedIndex = path.indexOf('PUBLISHED');
    const laidOn = laidIndex >= 0 ? addDays(opened, step * laidIndex) : null;
    const publishedOn = publishedIndex >= 0 ? addDays(opened, step * publishedIndex) : null;
    const body =
      police && publishedOn
        ? agency.terms.find(
            (t) =>
              (!t.startsOn || t.startsOn <= publishedOn) && (!t.endsOn || t.endsOn >= publishedOn),
          )
        : undefined;
    const summary = faker.lorem.paragraph();
    plans.push({
      id: planId,
      agencyId,
      title: `${agency.name}: improving how victims are treated`,
      reason: fromRating ? 'RATING' : fromEscalation ? 'ESCALATION' : 'INSPECTION_FINDINGS',
      ratingId: fromRating?.id ?? null,
      escalationId: fromEscalation?.id ?? null,
      inspectionId: fromInspection?.id ?? null,
      reviewingInspectorateId: reviewer.id,
      summary,
      status,
      responsibleMinisterId: kind.responsibleMinisterId,
      laidOn,
      paperReference: laidOn ? `CP ${faker.number.int({ min: 100, max: 1999 })}` : null,
      publishedOn,
      publishedUrl: publishedOn ? `https://www.example.org/synthetic-plans/${planId}` : null,
      publishedById: body?.localPolicingBodyId ?? null,
      version: path.length,
      createdAt: at(0),
      updatedAt: at(path.length - 1),
    });
    const actionCount = faker.number.int({ min: 10, max: 20 });
    const planActions: Array<{ description: string; owner: string; targetDate: string }> = [];
    const following = ['PUBLISHED', 'IN_FOLLOW_UP', 'CLOSED'].includes(status);
    for (let position = 1; position <= actionCount; position++) {
      const actionId = uuid();
      const targetDate = addDays(opened, faker.number.int({ min: 90, max: 720 }));
      const actionStatus =
        status === 'CLOSED'
          ? faker.helpers.weightedArrayElement([
              { value: 'DONE' as const, weight: 9 },
              { value: 'DROPPED' as const, weight: 1 },
            ])
          : following
            ? faker.helpers.arrayElement([
                'NOT_STARTED',
                'IN_PROGRESS',
                'IN_PROGRESS',
                'DONE',
              ] as const)
            : 'NOT_STARTED';
      const description = faker.lorem.sentence({ min: 6, max: 16 });
      const owner = pick(owners);
      actions.push({
        id: actionId,
        planId,
        position,
        description,
        owner,
        targetDate,
        status: actionStatus,
      });
      planActions.push({ description, owner, targetDate: targetDate.toISOString().slice(0, 10) });
      if (following) {
        for (let r = faker.number.int({ min: 0, max: 2 }); r > 0; r--) {
          progress.push({
            id: uuid(),
            actionId,
            note: faker.lorem.sentences({ min: 1, max: 2 }),
            evidenceUrl: faker.number.int({ min: 0, max: 2 })
              ? null
              : `https://www.example.org/evidence/${uuid()}`,
            recordedBy: pick(raters),
            recordedAt: stamp(between(publishedOn ?? laidOn ?? opened, today)),
          });
        }
      }
    }
    let submissions = 0;
    path.forEach((to, index) => {
      if (to === 'SUBMITTED')
        versions.push({
          id: uuid(),
          planId,
          number: ++submissions,
          summary,
          actions: planActions,
          submittedBy: pick(raters),
          submittedAt: at(index),
        });
    });
  }
  await insert('ActionPlan', (a) => prisma.actionPlan.createMany(a), plans);
  await insert('ActionPlanEvent', (a) => prisma.actionPlanEvent.createMany(a), events);
  await insert('ActionPlanVersion', (a) => prisma.actionPlanVersion.createMany(a), versions);
  await insert('PlanAction', (a) => prisma.planAction.createMany(a), actions);
  await insert('ActionProgress', (a) => prisma.actionProgress.createMany(a), progress);

  // ------------------------------------------------------------------ recommendations and responses
  const recommendations: Prisma.RecommendationCreateManyInput[] = [];
  const responses: Prisma.RecommendationResponseCreateManyInput[] = [];
  const target = count(1000);
  const addressable = agencies;
  const respond = (
    recommendationId: string,
    agencyId: string,
    publishedOn: Date,
    dueOn: Date | null,
  ) => {
    const answered =
      addDays(publishedOn, faker.number.int({ min: 20, max: 90 })) < today &&
      faker.number.int({ min: 0, max: 9 }) > 0;
    const respondedOn = answered
      ? addDays(publishedOn, faker.number.int({ min: 14, max: 70 }))
      : null;
    responses.push({
      id: uuid(),
      recommendationId,
      agencyId,
      dueOn,
      answer: answered
        ? faker.helpers.weightedArrayElement([
            { value: 'ACCEPTED' as const, weight: 7 },
            { value: 'PARTLY_ACCEPTED' as const, weight: 2 },
            { value: 'NOT_ACCEPTED' as const, weight: 1 },
          ])
        : null,
      reasons: answered ? faker.lorem.sentence() : null,
      plannedActions: answered ? faker.lorem.sentences(2) : null,
      respondedOn,
      respondedBy: answered ? faker.person.fullName() : null,
      implementation: answered
        ? faker.helpers.arrayElement(['OPEN', 'OPEN', 'IMPLEMENTED', 'NOT_IMPLEMENTED'] as const)
        : 'OPEN',
      version: answered ? 2 : 1,
    });
  };
  const recentReports = published.filter((p) => p.on >= addDays(today, -6 * 365));
  while (recommendations.length < target) {
    const roll = faker.number.int({ min: 0, max: 19 });
    const urgent = escalations.filter((e) => e.kind === 'URGENT_NOTIFICATION');
    if (roll === 0 && urgent.length) {
      const escalation = pick(urgent);
      const id = uuid();
      recommendations.push({
        id,
        source: 'URGENT_NOTIFICATION',
        reportTitle: `Urgent Notification: ${agencyOf.get(escalation.agencyId)!.name}`,
        publishedOn: escalation.issuedOn as Date,
        reference: `UN${recommendations.length + 1}`,
        text: faker.lorem.sentences(2),
        escalationId: escalation.id,
        recordedBy: pick(raters),
        recordedAt: stamp(escalation.issuedOn as Date),
      });
      respond(
        id,
        hmpps?.id ?? escalation.agencyId,
        escalation.issuedOn as Date,
        addDays(escalation.issuedOn as Date, 28),
      );
    } else if (roll <= 5) {
      // A Victims' Commissioner's annual report: about twenty recommendations, each to one to three bodies, due in 56 days.
      const publishedOn = addDays(today, -faker.number.int({ min: 5, max: 5 * 365 }));
      const title = `Victims’ Commissioner annual report ${publishedOn.getUTCFullYear()} (synthetic)`;
      for (let r = 1; r <= 20 && recommendations.length < target; r++) {
        const id = uuid();
        recommendations.push({
          id,
          source: 'VICTIMS_COMMISSIONER_ANNUAL_REPORT',
          reportTitle: title,
          publishedOn,
          reference: `${r}`,
          text: faker.lorem.sentences(2),
          recordedBy: pick(raters),
          recordedAt: stamp(addDays(publishedOn, 2)),
        });
        for (const agency of faker.helpers.arrayElements(addressable, { min: 1, max: 3 }))
          respond(id, agency.id, publishedOn, addDays(publishedOn, 56));
      }
    } else {
      const report = recentReports.length ? pick(recentReports) : undefined;
      const publishedOn = report?.on ?? addDays(today, -faker.number.int({ min: 5, max: 5 * 365 }));
      const perReport = faker.number.int({ min: 5, max: 10 });
      for (let r = 1; r <= perReport && recommendations.length < target; r++) {
        const id = uuid();
        recommendations.push({
          id,
          source: 'INSPECTION_REPORT',
          reportTitle: report?.title ?? 'Synthetic inspection report',
          publishedOn,
          reference: `R${r}`,
          text: faker.lorem.sentences(2),
          inspectionId: report?.id ?? null,
          recordedBy: pick(raters),
          recordedAt: stamp(addDays(publishedOn, 1)),
        });
        const to = report
          ? faker.helpers.arrayElements(report.agencyIds, {
              min: 1,
              max: Math.min(3, report.agencyIds.length),
            })
          : [pick(addressable).id];
        for (const agencyId of to) respond(id, agencyId, publishedOn, null);
      }
    }
  }
  await insert('Recommendation', (a) => prisma.recommendation.createMany(a), recommendations);
  await insert(
    'RecommendationResponse',
    (a) => prisma.recommendationResponse.createMany(a),
    responses,
  );
  summary['agencies in all'] = agencies.length;
  summary['agencies owing a plan by their latest rating'] = owing.size;
  return summary;
}
