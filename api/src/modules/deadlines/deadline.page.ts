/**
 * Deadlines as a list people work from: filtered, searched, sorted and paged in SQL.
 *
 * `deadlines` (deadlines.ts) works the whole list out in memory, which reminders and My work
 * need; this page asks the database for one page of the same items instead, so its cost follows
 * the page, not the data. Every item comes from one UNION ALL of the five sources (unanswered
 * responses, unanswered Urgent Notifications, plans waiting on someone, agencies owing a plan,
 * open consultations, directions of timing not yet answered by an agreed programme): one statement for the page, one for the counts and one for the owners
 * to choose from, each run only when asked for. An integration test holds it to the in-memory list.
 */
import { Prisma } from '@cjji/db';
import { builder } from '../../builder.ts';
import { once, type Context } from '../../context.ts';
import { InvalidInputError } from '../../errors.ts';
import { visiblePlansSql } from '../access/action-plan.access.ts';
import { rolesActingFor, type OrganisationKind, type SubjectType } from './work.rules.ts';
import { decodeId, globalIdOf, typenameOf } from '../shared/ids.ts';
import { startOfDay } from '../shared/calendar.ts';
import { ownerTypename, type Deadline, type DeadlineKind } from './deadline.list.ts';
import { DeadlineKindEnum, DeadlineRef } from './deadline.types.ts';
import { programmePreparer } from '../programmes/direction.rules.ts';

type DeadlineStatus = 'OVERDUE' | 'DUE' | 'WAITING';
type DeadlineSort = 'DUE' | 'LONGEST_WAITING' | 'OWNER' | 'AGENCY';

interface DeadlineFilter {
  /** Organisations that must act, as (kind, database id); empty for everyone's. */
  owners: Array<{ kind: OrganisationKind; id: string }>;
  kinds: DeadlineKind[];
  statuses: DeadlineStatus[];
  search: string;
}

interface Row {
  kind: DeadlineKind;
  title: string;
  owner: string;
  ownerKind: OrganisationKind | null;
  ownerId: string | null;
  agencyName: string;
  dueOn: Date | null;
  since: Date;
  subjectType: SubjectType;
  subjectId: string;
}

/** Every deadline as rows of one shape; `today` decides which local policing body holds office. */
function itemsSql(ctx: Context, today: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT 'RECOMMENDATION_RESPONSE' AS kind,
      'Answer recommendation ' || r.reference || ' of "' || r."reportTitle" || '"' AS title,
      a.name AS owner, 'AGENCY' AS "ownerKind", a.id::text AS "ownerId", a.name AS "agencyName",
      rr."dueOn" AS "dueOn", r."publishedOn" AS since,
      'RecommendationResponse' AS "subjectType", rr.id::text AS "subjectId"
    FROM "RecommendationResponse" rr
    JOIN "Recommendation" r ON r.id = rr."recommendationId"
    JOIN "Agency" a ON a.id = rr."agencyId"
    WHERE rr.answer IS NULL AND r."withdrawnAt" IS NULL
    UNION ALL
    SELECT 'URGENT_NOTIFICATION_RESPONSE',
      'Respond publicly to the Urgent Notification on ' || a.name,
      m.title, 'MINISTER', m.id::text, a.name, e."responseDueOn", e."issuedOn",
      'Escalation', e.id::text
    FROM "Escalation" e
    JOIN "Agency" a ON a.id = e."agencyId"
    JOIN "AgencyKind" k ON k.code = a."kindCode"
    JOIN "Minister" m ON m.id = k."responsibleMinisterId"
    WHERE e.kind = 'URGENT_NOTIFICATION' AND e."respondedOn" IS NULL
    UNION ALL
    SELECT
      CASE p.status WHEN 'SUBMITTED' THEN 'ACTION_PLAN_TO_REVIEW'
        WHEN 'ACCEPTED' THEN 'ACTION_PLAN_TO_LAY' ELSE 'ACTION_PLAN_TO_PUBLISH' END,
      CASE p.status WHEN 'SUBMITTED' THEN 'Review "' || p.title || '"'
        WHEN 'ACCEPTED' THEN 'Lay "' || p.title || '" before Parliament'
        ELSE 'Publish "' || p.title || '"' END,
      CASE p.status WHEN 'SUBMITTED' THEN i."shortName" WHEN 'ACCEPTED' THEN m.title
        ELSE coalesce(body.name, a.name || '''s local policing body') END,
      CASE p.status WHEN 'SUBMITTED' THEN 'INSPECTORATE' WHEN 'ACCEPTED' THEN 'MINISTER'
        WHEN 'LAID' THEN CASE WHEN body.id IS NULL THEN NULL ELSE 'LOCAL_POLICING_BODY' END END,
      CASE p.status WHEN 'SUBMITTED' THEN i.id::text WHEN 'ACCEPTED' THEN m.id::text
        ELSE body.id::text END,
      a.name, NULL::date,
      (coalesce((SELECT max(ev.at) FROM "ActionPlanEvent" ev WHERE ev."planId" = p.id),
        p."updatedAt"))::date,
      'ActionPlan', p.id::text
    FROM "ActionPlan" p
    JOIN "Agency" a ON a.id = p."agencyId"
    JOIN "Inspectorate" i ON i.id = p."reviewingInspectorateId"
    JOIN "Minister" m ON m.id = p."responsibleMinisterId"
    LEFT JOIN LATERAL (
      SELECT b.id, b.name FROM "LocalPolicingBodyTerm" t
      JOIN "LocalPolicingBody" b ON b.id = t."localPolicingBodyId"
      WHERE t."policeForceId" = a.id
        AND (t."startsOn" IS NULL OR t."startsOn" <= ${today}::date)
        AND (t."endsOn" IS NULL OR t."endsOn" >= ${today}::date)
      ORDER BY t."startsOn" DESC NULLS LAST LIMIT 1
    ) body ON p.status = 'LAID'
    WHERE (p.status IN ('SUBMITTED', 'ACCEPTED') OR (p.status = 'LAID' AND a."kindCode" = 'POLICE_FORCE'))
      AND ${visiblePlansSql(ctx.viewer, 'p')}
    UNION ALL
    SELECT 'ACTION_PLAN_OWED', 'Draft an action plan on the treatment of victims',
      a.name, 'AGENCY', a.id::text, a.name, NULL::date, owed.since, 'Agency', a.id::text
    FROM "Agency" a
    JOIN LATERAL (
      SELECT r."ratedOn", r."recordedAt", c."triggersActionPlan" FROM "Rating" r
      JOIN "RatingGrade" g ON g.id = r."gradeId"
      JOIN "CommonGrade" c ON c.code = g."commonGradeCode"
      WHERE r."agencyId" = a.id AND r."areaCode" = 'TREATMENT_OF_VICTIMS' AND r."withdrawnAt" IS NULL
      ORDER BY r."ratedOn" DESC, r."recordedAt" DESC LIMIT 1
    ) latest ON latest."triggersActionPlan"
    -- Owed since the first of the unbroken run of ratings that trigger a plan (actionPlanOwed).
    JOIN LATERAL (
      SELECT min(r."ratedOn") AS since FROM "Rating" r
      WHERE r."agencyId" = a.id AND r."areaCode" = 'TREATMENT_OF_VICTIMS' AND r."withdrawnAt" IS NULL
        AND NOT EXISTS (
          SELECT 1 FROM "Rating" later
          JOIN "RatingGrade" g ON g.id = later."gradeId"
          JOIN "CommonGrade" c ON c.code = g."commonGradeCode"
          WHERE later."agencyId" = a.id AND later."areaCode" = 'TREATMENT_OF_VICTIMS'
            AND later."withdrawnAt" IS NULL
            AND NOT c."triggersActionPlan" AND later."ratedOn" >= r."ratedOn"
        )
    ) owed ON true
    WHERE NOT EXISTS (
      SELECT 1 FROM "ActionPlan" open WHERE open."agencyId" = a.id AND open.status <> 'CLOSED'
    )
    UNION ALL
    SELECT 'CONSULTATION_CLOSES',
      'Close the consultation on "' || prog.title || '" and say what changed',
      i."shortName", 'INSPECTORATE', i.id::text, i."shortName", c."closesOn", c."opensOn",
      'Consultation', c.id::text
    FROM "Consultation" c
    JOIN "Programme" prog ON prog.id = c."programmeId"
    JOIN "Inspectorate" i ON i.id = c."runById"
    WHERE c.status = 'OPEN'
    UNION ALL
    SELECT 'PROGRAMME_DIRECTED',
      'Agree the joint inspection programme that direction ' || d.reference || ' requires',
      coalesce(i."shortName", ${programmePreparer}), CASE WHEN i.id IS NULL THEN NULL ELSE 'INSPECTORATE' END,
      i.id::text, coalesce(i."shortName", ${programmePreparer}), d."programmeBy", d."givenOn",
      'MinisterialDirection', d.id::text
    FROM "MinisterialDirection" d
    LEFT JOIN "Inspectorate" i ON i."shortName" = ${programmePreparer}
    WHERE d.kind = 'TIMING' AND d."givenOn" IS NOT NULL AND d."programmeBy" IS NOT NULL
      AND d."withdrawnAt" IS NULL
      -- Answered (timingAnswer): a programme overlapping the time in force, agreed or published
      -- on a UK day on or after the direction was drafted.
      AND NOT EXISTS (
        SELECT 1 FROM "Programme" prog
        JOIN "ProgrammeStatusChange" sc ON sc."programmeId" = prog.id
          AND sc."toStatus" IN ('AGREED', 'PUBLISHED')
        WHERE prog."endsOn" >= d."inForceFrom"
          AND (d."inForceUntil" IS NULL OR prog."startsOn" <= d."inForceUntil")
          AND (sc."changedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/London')::date >= d."draftedOn"
      )`;
}

function whereSql(filter: DeadlineFilter, today: Date, withOwners = true): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`true`];
  if (withOwners && filter.owners.length)
    parts.push(
      Prisma.sql`(${Prisma.join(
        filter.owners.map((o) => Prisma.sql`("ownerKind" = ${o.kind} AND "ownerId" = ${o.id})`),
        ' OR ',
      )})`,
    );
  if (filter.kinds.length) parts.push(Prisma.sql`kind IN (${Prisma.join(filter.kinds)})`);
  if (filter.statuses.length) {
    const status: Record<DeadlineStatus, Prisma.Sql> = {
      OVERDUE: Prisma.sql`("dueOn" IS NOT NULL AND "dueOn" < ${today}::date)`,
      DUE: Prisma.sql`("dueOn" IS NOT NULL AND "dueOn" >= ${today}::date)`,
      WAITING: Prisma.sql`"dueOn" IS NULL`,
    };
    parts.push(
      Prisma.sql`(${Prisma.join(
        filter.statuses.map((s) => status[s]),
        ' OR ',
      )})`,
    );
  }
  const search = filter.search.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(
      Prisma.sql`(title ILIKE ${pattern} OR owner ILIKE ${pattern} OR "agencyName" ILIKE ${pattern})`,
    );
  }
  return Prisma.join(parts, ' AND ');
}

const orderSql: Record<DeadlineSort, Prisma.Sql> = {
  // The work order of deadlines.ts: dated items soonest first, then the longest waiting.
  DUE: Prisma.sql`"dueOn" ASC NULLS LAST, since ASC`,
  LONGEST_WAITING: Prisma.sql`since ASC, "dueOn" ASC NULLS LAST`,
  OWNER: Prisma.sql`owner ASC, "dueOn" ASC NULLS LAST, since ASC`,
  AGENCY: Prisma.sql`"agencyName" ASC, "dueOn" ASC NULLS LAST, since ASC`,
};

const toDeadline = (row: Row, today: Date): Deadline => ({
  kind: row.kind,
  title: row.title,
  owner: row.owner,
  ownerOrganisation: row.ownerKind && row.ownerId ? { kind: row.ownerKind, id: row.ownerId } : null,
  agencyName: row.agencyName,
  dueOn: row.dueOn,
  since: row.since,
  overdue: row.dueOn !== null && today.getTime() > row.dueOn.getTime(),
  subjectType: row.subjectType,
  subjectId: globalIdOf(row.subjectType, row.subjectId),
});

async function deadlinePage(
  ctx: Context,
  filter: DeadlineFilter,
  sort: DeadlineSort,
  offset: number,
  limit: number,
): Promise<Deadline[]> {
  const today = startOfDay(ctx.now());
  const rows = await ctx.prisma.$queryRaw<Row[]>`
    SELECT * FROM (${itemsSql(ctx, today)}) items
    WHERE ${whereSql(filter, today)}
    ORDER BY ${orderSql[sort]}, kind, "subjectId"
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((row) => toDeadline(row, today));
}

/** Both counts in one statement, read once per request for the two fields that show them. */
function deadlineCounts(
  ctx: Context,
  filter: DeadlineFilter,
): Promise<{ total: number; overdue: number }> {
  return once(ctx, `deadlineCounts:${JSON.stringify(filter)}`, () => countDeadlines(ctx, filter));
}

async function countDeadlines(
  ctx: Context,
  filter: DeadlineFilter,
): Promise<{ total: number; overdue: number }> {
  const today = startOfDay(ctx.now());
  const [row] = await ctx.prisma.$queryRaw<Array<{ total: bigint; overdue: bigint }>>`
    SELECT count(*) AS total,
      count(*) FILTER (WHERE "dueOn" IS NOT NULL AND "dueOn" < ${today}::date) AS overdue
    FROM (${itemsSql(ctx, today)}) items
    WHERE ${whereSql(filter, today)}`;
  return { total: Number(row?.total ?? 0), overdue: Number(row?.overdue ?? 0) };
}

interface DeadlineOwner {
  name: string;
  kind: OrganisationKind;
  id: string;
  count: number;
}

/** The owners with items matching every filter but the owner one, to choose from. */
async function deadlineOwners(ctx: Context, filter: DeadlineFilter): Promise<DeadlineOwner[]> {
  const today = startOfDay(ctx.now());
  const rows = await ctx.prisma.$queryRaw<
    Array<{ name: string; kind: OrganisationKind; id: string; count: bigint }>
  >`
    SELECT owner AS name, "ownerKind" AS kind, "ownerId" AS id, count(*) AS count
    FROM (${itemsSql(ctx, today)}) items
    WHERE "ownerId" IS NOT NULL AND ${whereSql(filter, today, false)}
    GROUP BY owner, "ownerKind", "ownerId"
    ORDER BY owner`;
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/** The organisations the viewer acts for through their roles: whose deadlines are "mine". */
function organisationsOf(ctx: Context): DeadlineFilter['owners'] {
  const owners: DeadlineFilter['owners'] = [];
  const key = {
    AGENCY: 'agencyId',
    MINISTER: 'ministerId',
    INSPECTORATE: 'inspectorateId',
    LOCAL_POLICING_BODY: 'localPolicingBodyId',
  } as const;
  for (const grant of ctx.viewer?.roles ?? [])
    for (const kind of Object.keys(rolesActingFor) as OrganisationKind[]) {
      const id = grant[key[kind]];
      if (id && rolesActingFor[kind].includes(grant.role))
        if (!owners.some((o) => o.kind === kind && o.id === id)) owners.push({ kind, id });
    }
  return owners;
}

const DeadlineStatusEnum = builder.enumType('DeadlineStatus', {
  values: {
    OVERDUE: { description: 'Past its statutory date and not yet answered.' },
    DUE: { description: 'A statutory date today or later.' },
    WAITING: { description: 'No statutory date: waiting on someone since it arose.' },
  } as const,
});

const DeadlineSortEnum = builder.enumType('DeadlineSort', {
  values: {
    DUE: { description: 'Dated items soonest first (so the overdue lead), then the rest.' },
    LONGEST_WAITING: { description: 'The oldest matters first.' },
    OWNER: { description: 'By who must act, A to Z.' },
    AGENCY: { description: 'By agency, A to Z.' },
  } as const,
});

const DeadlineOwnerRef = builder.objectRef<DeadlineOwner>('DeadlineOwner').implement({
  description: 'An organisation that must act on some deadlines, with how many.',
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.field({ type: 'String', resolve: (o) => o.kind }),
    id: t.id({ resolve: (o) => globalIdOf(ownerTypename[o.kind], o.id) }),
    count: t.exposeInt('count'),
  }),
});

interface PageArgs {
  filter: DeadlineFilter;
  sort: DeadlineSort;
  offset: number;
  limit: number;
  mine: boolean;
}

const DeadlinePageRef = builder.objectRef<PageArgs>('DeadlinePage').implement({
  description: 'One page of deadlines, with the counts and owners of all that match.',
  fields: (t) => ({
    items: t.field({
      type: [DeadlineRef],
      resolve: (page, _args, ctx) =>
        deadlinePage(ctx, page.filter, page.sort, page.offset, page.limit),
    }),
    totalCount: t.int({
      description: 'How many deadlines match, on every page.',
      resolve: async (page, _args, ctx) => (await deadlineCounts(ctx, page.filter)).total,
    }),
    overdueCount: t.int({
      resolve: async (page, _args, ctx) => (await deadlineCounts(ctx, page.filter)).overdue,
    }),
    owners: t.field({
      type: [DeadlineOwnerRef],
      description: 'Who must act on deadlines matching every filter but the owner.',
      resolve: (page, _args, ctx) => deadlineOwners(ctx, page.filter),
    }),
    offset: t.int({ resolve: (page) => page.offset }),
    limit: t.int({ resolve: (page) => page.limit }),
    mine: t.boolean({
      description: 'Whether the list was limited to the organisations the viewer acts for.',
      resolve: (page) => page.mine,
    }),
  }),
});

const ownerKindOf: Record<string, OrganisationKind> = {
  Agency: 'AGENCY',
  Minister: 'MINISTER',
  Inspectorate: 'INSPECTORATE',
  LocalPolicingBody: 'LOCAL_POLICING_BODY',
};

const maxDeadlinePage = 500;

builder.queryField('deadlinePage', (t) =>
  t.field({
    type: DeadlinePageRef,
    authScopes: { signedIn: true },
    description:
      'Deadlines as a list to work from: filtered, searched, sorted and paged by the database. With neither `owners` nor `mine: false`, the viewer’s own organisations’ deadlines.',
    args: {
      mine: t.arg.boolean({
        required: false,
        description:
          'Only the organisations you act for (the default when you act for any); false for everyone’s.',
      }),
      owners: t.arg.idList({ required: false, description: 'Only these organisations’ items.' }),
      kinds: t.arg({ type: [DeadlineKindEnum], required: false }),
      statuses: t.arg({ type: [DeadlineStatusEnum], required: false }),
      search: t.arg.string({
        required: false,
        description: 'Words in the title, owner or agency.',
      }),
      sort: t.arg({ type: DeadlineSortEnum, required: false }),
      offset: t.arg.int({ required: false }),
      limit: t.arg.int({
        required: false,
        description: `At most ${maxDeadlinePage}; 50 unless set.`,
      }),
    },
    resolve: (_root, args, ctx) => {
      const offset = args.offset ?? 0;
      const limit = args.limit ?? 50;
      const problems: Array<{ field: string[]; message: string }> = [];
      const problem = (field: string, message: string) =>
        problems.push({ field: [field], message });
      if (offset < 0) problem('offset', 'Offset must be 0 or more.');
      if (limit < 1 || limit > maxDeadlinePage)
        problem('limit', `Limit must be between 1 and ${maxDeadlinePage}.`);
      if ((args.search ?? '').length > 200)
        problem('search', 'Search must be 200 characters or fewer.');
      const owners: DeadlineFilter['owners'] = [];
      for (const globalId of args.owners ?? []) {
        const kind = ownerKindOf[typenameOf(String(globalId)) ?? ''];
        const id = kind && decodeId(ownerTypename[kind], String(globalId));
        if (kind && id) owners.push({ kind, id });
        else problem('owners', `"${globalId}" is not an organisation id.`);
      }
      if (problems.length) throw new InvalidInputError(problems);
      const own = organisationsOf(ctx);
      const mine = !owners.length && args.mine !== false && own.length > 0;
      return {
        filter: {
          owners: owners.length ? owners : mine ? own : [],
          kinds: args.kinds ?? [],
          statuses: args.statuses ?? [],
          search: args.search ?? '',
        },
        sort: args.sort ?? 'DUE',
        offset,
        limit,
        mine,
      };
    },
  }),
);
