/**
 * Deadlines as a list people work from: filtered, searched, sorted and paged in SQL.
 *
 * `deadlines` (deadline.list.ts) works the whole list out in memory, which reminders and My work
 * need; this page reads one page of the same items from the open deadlines the database keeps
 * (OpenDeadline, refreshed by triggers from the view "DeadlineSource"), through indexes in the
 * page's order, so its cost follows the page, not the data: one statement for the page, one for
 * the counts and one for the owners to choose from, each run only when asked for. An integration
 * test holds it, after every kind of write, to the in-memory list.
 */
import { Prisma } from '@cjji/db';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { once, type Context } from '../../context.ts';
import { InvalidInputError } from '../../errors.ts';
import { visiblePlansSql } from '../access/action-plan.access.ts';
import { organisationsActedFor, type OrganisationKind, type SubjectType } from './work.rules.ts';
import { decodeId, globalIdOf, typenameOf } from '../shared/ids.ts';
import { startOfDay } from '../shared/calendar.ts';
import { ownerTypename, type Deadline, type DeadlineKind } from './deadline.list.ts';
import { DeadlineKindEnum, DeadlineRef } from './deadline.types.ts';

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

/**
 * Which local policing body holds office for a plan's police force today: the term in force
 * that began last (termInForceOn). Joined only to plans waiting to be published.
 */
const bodyInOffice = (today: Date) => Prisma.sql`
  LEFT JOIN LATERAL (
    SELECT b.id, b.name FROM "LocalPolicingBodyTerm" t
    JOIN "LocalPolicingBody" b ON b.id = t."localPolicingBodyId"
    -- In here rather than in ON, so that no other row looks the terms up at all.
    WHERE d."ownerKind" = 'LOCAL_POLICING_BODY' AND t."policeForceId" = d."agencyId"
      AND (t."startsOn" IS NULL OR t."startsOn" <= ${today}::date)
      AND (t."endsOn" IS NULL OR t."endsOn" >= ${today}::date)
    ORDER BY t."startsOn" DESC NULLS LAST LIMIT 1
  ) body ON true`;

/** A row's owner as the page shows it: a plan to publish is its body in office's, if any. */
const ownerSql = Prisma.sql`CASE WHEN d."ownerKind" = 'LOCAL_POLICING_BODY'
  THEN coalesce(body.name, d."agencyName" || '''s local policing body') ELSE d.owner END`;

const columnsSql = Prisma.sql`d.kind, d.title, ${ownerSql} AS owner,
  CASE WHEN d."ownerKind" = 'LOCAL_POLICING_BODY' AND body.id IS NULL THEN NULL
    ELSE d."ownerKind" END AS "ownerKind",
  coalesce(d."ownerId", body.id)::text AS "ownerId",
  d."agencyName", d."dueOn", d.since, d."subjectType", d."subjectId"::text AS "subjectId"`;

/**
 * The open deadlines (kept as data: see OpenDeadline in schema.prisma) that match the filter and
 * that the viewer may see: a plan by the rule of action-plan.access.ts, on the kept row's `status`
 * and `agencyId`. The conditions are on the kept columns, so that an owner's page is read from
 * the index on (owner, due date) rather than worked out from everything.
 */
function matchingSql(
  ctx: Context,
  filter: DeadlineFilter,
  today: Date,
  withOwners = true,
): Prisma.Sql {
  const parts: Prisma.Sql[] = [
    Prisma.sql`(d."subjectType" <> 'ActionPlan' OR ${visiblePlansSql(ctx.viewer, 'd')})`,
  ];
  if (withOwners && filter.owners.length)
    parts.push(
      Prisma.sql`(${Prisma.join(
        filter.owners.map((o) =>
          o.kind === 'LOCAL_POLICING_BODY'
            ? Prisma.sql`(d."ownerKind" = ${o.kind} AND body.id = ${o.id}::uuid)`
            : Prisma.sql`(d."ownerKind" = ${o.kind} AND d."ownerId" = ${o.id}::uuid)`,
        ),
        ' OR ',
      )})`,
    );
  if (filter.kinds.length) parts.push(Prisma.sql`d.kind IN (${Prisma.join(filter.kinds)})`);
  if (filter.statuses.length) {
    const status: Record<DeadlineStatus, Prisma.Sql> = {
      OVERDUE: Prisma.sql`(d."dueOn" IS NOT NULL AND d."dueOn" < ${today}::date)`,
      DUE: Prisma.sql`(d."dueOn" IS NOT NULL AND d."dueOn" >= ${today}::date)`,
      WAITING: Prisma.sql`d."dueOn" IS NULL`,
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
      Prisma.sql`(d.title ILIKE ${pattern} OR ${ownerSql} ILIKE ${pattern} OR d."agencyName" ILIKE ${pattern})`,
    );
  }
  return Prisma.sql`FROM "OpenDeadline" d ${bodyInOffice(today)}
    WHERE ${Prisma.join(parts, ' AND ')}`;
}

const orderSql: Record<DeadlineSort, Prisma.Sql> = {
  // The work order of deadlines.ts: dated items soonest first, then the longest waiting. The
  // same order as the kept table's indexes, so that a page is read from one.
  DUE: Prisma.sql`d."dueOn" ASC NULLS LAST, d.since ASC`,
  LONGEST_WAITING: Prisma.sql`d.since ASC, d."dueOn" ASC NULLS LAST`,
  OWNER: Prisma.sql`${ownerSql} ASC, d."dueOn" ASC NULLS LAST, d.since ASC`,
  AGENCY: Prisma.sql`d."agencyName" ASC, d."dueOn" ASC NULLS LAST, d.since ASC`,
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
  /** Null for all of them. */
  limit: number | null,
): Promise<Deadline[]> {
  const today = startOfDay(ctx.now());
  const rows = await ctx.prisma.$queryRaw<Row[]>`
    SELECT ${columnsSql} ${matchingSql(ctx, filter, today)}
    ORDER BY ${orderSql[sort]}, d.kind, d."subjectId"
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((row) => toDeadline(row, today));
}

/**
 * Every open deadline that the organisations the viewer acts for must act on, soonest due first:
 * the deadlines in My work, read from the kept rows so that they cost what the viewer has to do,
 * not what everyone has.
 */
export function deadlinesActedOnBy(ctx: Context): Promise<Deadline[]> {
  const owners = organisationsOf(ctx);
  if (!owners.length) return Promise.resolve([]);
  return deadlinePage(ctx, { owners, kinds: [], statuses: [], search: '' }, 'DUE', 0, null);
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
      count(*) FILTER (WHERE d."dueOn" IS NOT NULL AND d."dueOn" < ${today}::date) AS overdue
    ${matchingSql(ctx, filter, today)}`;
  return { total: Number(row?.total ?? 0), overdue: Number(row?.overdue ?? 0) };
}

interface DeadlineOwner {
  name: string;
  kind: OrganisationKind;
  id: string;
  count: number;
}

/** How many owners the list to choose from holds unless asked for more, and at most. */
const ownersListed = { default: 50, max: 200 };

/**
 * The owners with items matching every filter but the owner one, to choose from: those with the
 * most first, at most `first` of them (the chosen owners always among them), then A to Z. There
 * are as many owners as agencies with anything due, so the list is bounded like a page, and
 * `ownerCount` says how many there are in all. One statement for both, read once per request.
 */
function deadlineOwners(
  ctx: Context,
  filter: DeadlineFilter,
  first: number,
): Promise<{ owners: DeadlineOwner[]; total: number }> {
  return once(ctx, `deadlineOwners:${first}:${JSON.stringify(filter)}`, async () => {
    const today = startOfDay(ctx.now());
    // The chosen owners first, so that they are listed whatever their count.
    const chosenFirst = filter.owners.length
      ? Prisma.sql`(${Prisma.join(
          filter.owners.map((o) => Prisma.sql`(kind = ${o.kind} AND id = ${o.id}::uuid)`),
          ' OR ',
        )}) DESC,`
      : Prisma.empty;
    const matching = matchingSql(ctx, filter, today, false);
    // Each agency with items to act on, with how many: read from the counts the database keeps
    // (OpenDeadlineCount) unless a status or words narrow the list, as there are as many of them
    // as agencies with anything due. The other owners are few.
    const agencyCounts =
      filter.statuses.length || filter.search.trim()
        ? Prisma.sql`SELECT d."ownerId" AS id, count(*) AS count
            ${matching} AND d."ownerKind" = 'AGENCY' GROUP BY d."ownerId"`
        : filter.kinds.length
          ? Prisma.sql`SELECT "agencyId" AS id, sum(count)::bigint AS count FROM "OpenDeadlineCount"
              WHERE kind IN (${Prisma.join(filter.kinds)}) GROUP BY "agencyId" HAVING sum(count) > 0`
          : Prisma.sql`SELECT "agencyId" AS id, count::bigint AS count FROM "OpenDeadlineCount"
              WHERE kind = 'ALL' AND count > 0`;
    const otherCounts = Prisma.sql`
      SELECT d."ownerKind" AS kind, coalesce(d."ownerId", body.id) AS id, min(${ownerSql}) AS name,
        count(*) AS count
      ${matching} AND d."ownerKind" IN ('INSPECTORATE', 'MINISTER', 'LOCAL_POLICING_BODY')
        AND coalesce(d."ownerId", body.id) IS NOT NULL
      GROUP BY d."ownerKind", coalesce(d."ownerId", body.id)`;
    const chosenAgencies = filter.owners.filter((o) => o.kind === 'AGENCY').map((o) => o.id);
    const rows = await ctx.prisma.$queryRaw<
      Array<{ name: string; kind: OrganisationKind; id: string; count: bigint; total: bigint }>
    >`
      SELECT coalesce(listed.name, a.name) AS name, listed.kind, listed.id::text AS id,
        listed.count,
        (SELECT count(*) FROM (${agencyCounts}) agencies)
          + (SELECT count(*) FROM (${otherCounts}) others) AS total
      FROM (
        SELECT * FROM (
          (SELECT 'AGENCY' AS kind, id, NULL AS name, count FROM (${agencyCounts}) agencies
            ORDER BY count DESC, id LIMIT ${first})
          ${
            chosenAgencies.length
              ? Prisma.sql`UNION (SELECT 'AGENCY', id, NULL, count FROM (${agencyCounts}) agencies
                  WHERE id IN (${Prisma.join(chosenAgencies.map((id) => Prisma.sql`${id}::uuid`))}))`
              : Prisma.empty
          }
          UNION ALL
          (${otherCounts})
        ) owners
        ORDER BY ${chosenFirst} count DESC, id
        LIMIT ${first}
      ) listed
      LEFT JOIN "Agency" a ON listed.kind = 'AGENCY' AND a.id = listed.id
      ORDER BY 1`;
    return {
      owners: rows.map(({ total: _total, ...row }) => ({ ...row, count: Number(row.count) })),
      total: Number(rows[0]?.total ?? 0),
    };
  });
}

/** The organisations the viewer acts for through their roles: whose deadlines are "mine". */
const organisationsOf = (ctx: Context): DeadlineFilter['owners'] =>
  organisationsActedFor(ctx.viewer?.roles ?? []);

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
      description: `Who must act on deadlines matching every filter but the owner: those with the most (and any chosen), at most \`first\`, A to Z.`,
      args: {
        first: t.arg.int({
          required: false,
          description: `At most ${ownersListed.max}; ${ownersListed.default} unless set.`,
          validate: z
            .number()
            .int()
            .min(1)
            .max(ownersListed.max, `Ask for at most ${ownersListed.max} owners.`),
        }),
      },
      resolve: async (page, args, ctx) =>
        (await deadlineOwners(ctx, page.filter, args.first ?? ownersListed.default)).owners,
    }),
    ownerCount: t.int({
      description:
        'How many organisations must act on deadlines matching every filter but the owner.',
      resolve: async (page, _args, ctx) =>
        (await deadlineOwners(ctx, page.filter, ownersListed.default)).total,
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
