import type { AgencyKindCode } from '@cjji/db';
import { builder } from '../../builder.ts';
import { InvalidInputError } from '../../errors.ts';
import { AgencyKindCodeEnum } from '../organisations/agency-kind.types.ts';
import { actionPlanOwed, distribution, trendOf, type Trend } from './rating.rules.ts';
import { TrendEnum } from './rating.types.ts';
import { asRated, victimsArea, victimsRatingsSelect } from './rating.select.ts';
import { ratingScales, scaled } from './rating.reference.ts';

builder.queryField('commonScale', (t) =>
  t.prismaField({
    type: ['CommonGrade'],
    description: "The common victims' treatment scale, best grade first.",
    // Scalars only, so the request's one read of the scales answers it (rating.reference.ts).
    resolve: async (_query, _root, _args, ctx) => [
      ...(await ratingScales(ctx).commonGrades()).values(),
    ],
  }),
);

builder.queryField('ratingFrameworks', (t) =>
  t.prismaField({
    type: ['RatingFramework'],
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.ratingFramework.findMany({
        ...query,
        orderBy: [{ name: 'asc' }, { version: 'asc' }],
      }),
  }),
);

/**
 * One comparison's rows read their agencies and ratings together. The comparison's own read
 * holds every row's agency and ratings with all their scalars: a selection that asks for no
 * relation (the dashboard's: its ratings' framework, grade and viewerCan come from the kept
 * scales) is answered from those, with no further statement. Any other selection reads every
 * row's record in one findMany, the first time a row asks. Left to findUniqueOrThrow per row,
 * Prisma batches the SQL but still builds and answers one client call per row and field
 * (three per agency), which dominated the dashboard's time.
 */
class RowRecords {
  private loads = new Map<string, Promise<Map<string, unknown>>>();
  constructor(
    readonly ids: { agency: string[]; latest: string[]; previous: string[] },
    private readonly held: ReadonlyMap<string, { id: string }>,
  ) {}

  async one<T extends { id: string }, Query extends { select?: object }>(
    field: keyof RowRecords['ids'],
    query: Query,
    id: string,
    load: (query: Query, ids: string[]) => Promise<T[]>,
  ): Promise<T> {
    // Scalars only (Pothos' query for a type with no relation selected is empty).
    if (!Object.keys(query).length) {
      const record = this.held.get(id);
      if (record) return record as T;
    }
    // Every row asks with the same selection; a second alias with another one reads its own.
    const key = `${field}:${JSON.stringify(query)}`;
    let records = this.loads.get(key);
    if (!records) {
      // The id matches records to rows, so it is read even when the selection leaves it out.
      const withId = query.select ? { ...query, select: { ...query.select, id: true } } : query;
      records = load(withId, this.ids[field]).then(
        (found) => new Map(found.map((record) => [record.id, record])),
      );
      this.loads.set(key, records);
    }
    const record = (await records).get(id);
    if (!record) throw new Error(`The comparison lost ${field} ${id}.`);
    return record as T;
  }
}

interface ComparisonRow {
  records: RowRecords;
  agencyId: string;
  latestId: string | null;
  previousId: string | null;
  latestCommonCode: string | null;
  trend: Trend | null;
  owedSince: Date | null;
  region: string | null;
}

interface Comparison {
  rows: ComparisonRow[];
  scale: Array<{ code: string; label: string; rank: number }>;
}

const GradeCountRef = builder
  .objectRef<{ grade: { code: string; label: string; rank: number }; count: number }>('GradeCount')
  .implement({
    fields: (t) => ({
      gradeCode: t.string({ resolve: (g) => g.grade.code }),
      gradeLabel: t.string({ resolve: (g) => g.grade.label }),
      count: t.exposeInt('count'),
    }),
  });

const ComparisonRowRef = builder.objectRef<ComparisonRow>('RatingComparisonRow').implement({
  fields: (t) => ({
    agency: t.prismaField({
      type: 'Agency',
      resolve: (query, row, _args, ctx) =>
        row.records.one('agency', query, row.agencyId, (q, ids) =>
          ctx.prisma.agency.findMany({ ...q, where: { id: { in: ids } } }),
        ),
    }),
    latest: t.prismaField({
      type: 'Rating',
      nullable: true,
      resolve: (query, row, _args, ctx) =>
        row.latestId
          ? row.records.one('latest', query, row.latestId, (q, ids) =>
              ctx.prisma.rating.findMany({ ...q, where: { id: { in: ids } } }),
            )
          : null,
    }),
    previous: t.prismaField({
      type: 'Rating',
      nullable: true,
      resolve: (query, row, _args, ctx) =>
        row.previousId
          ? row.records.one('previous', query, row.previousId, (q, ids) =>
              ctx.prisma.rating.findMany({ ...q, where: { id: { in: ids } } }),
            )
          : null,
    }),
    trend: t.field({ type: TrendEnum, nullable: true, resolve: (row) => row.trend }),
    owesActionPlan: t.boolean({ resolve: (row) => row.owedSince !== null }),
    owedSince: t.field({ type: 'Date', nullable: true, resolve: (row) => row.owedSince }),
  }),
});

const RegionComparisonRef = builder
  .objectRef<{ region: string; rows: ComparisonRow[]; scale: Comparison['scale'] }>(
    'RegionComparison',
  )
  .implement({
    fields: (t) => ({
      region: t.exposeString('region'),
      agencies: t.int({ resolve: (r) => r.rows.length }),
      rated: t.int({ resolve: (r) => r.rows.filter((row) => row.latestCommonCode).length }),
      owingActionPlans: t.int({ resolve: (r) => r.rows.filter((row) => row.owedSince).length }),
      distribution: t.field({
        type: [GradeCountRef],
        resolve: (r) =>
          distribution(
            r.scale,
            r.rows.flatMap((row) => row.latestCommonCode ?? []),
          ),
      }),
    }),
  });

const ComparisonRef = builder.objectRef<Comparison>('RatingComparison').implement({
  description: "The latest victims' rating of every agency of one kind, on the common scale.",
  fields: (t) => ({
    rows: t.field({ type: [ComparisonRowRef], resolve: (c) => c.rows }),
    distribution: t.field({
      type: [GradeCountRef],
      resolve: (c) =>
        distribution(
          c.scale,
          c.rows.flatMap((row) => row.latestCommonCode ?? []),
        ),
    }),
    regions: t.field({
      type: [RegionComparisonRef],
      resolve: (c) => {
        const regions = [...new Set(c.rows.map((row) => row.region ?? 'No region'))].sort();
        return regions.map((region) => ({
          region,
          scale: c.scale,
          rows: c.rows.filter((row) => (row.region ?? 'No region') === region),
        }));
      },
    }),
  }),
});

const ComparisonSortEnum = builder.enumType('RatingComparisonSort', {
  values: {
    NAME: { description: 'Agency name, A to Z' },
    GRADE: { description: 'Worst grade first' },
    RATED_ON: { description: 'Most recently rated first' },
    REGION: { description: 'Region, then name' },
  } as const,
});

builder.queryField('ratingComparison', (t) =>
  t.field({
    type: ComparisonRef,
    description:
      "Compares the latest victims' ratings of every agency of a kind, optionally in some regions: distribution, trend and who owes an action plan.",
    args: {
      kind: t.arg({ type: AgencyKindCodeEnum, required: true }),
      regions: t.arg.stringList({ required: false }),
      fell: t.arg.boolean({
        required: false,
        description: 'Only agencies whose latest grade is worse than the one before.',
      }),
      sort: t.arg({ type: ComparisonSortEnum, required: false, defaultValue: 'NAME' }),
    },
    resolve: async (_root, args, ctx) => {
      const regions = args.regions?.filter(Boolean) ?? [];
      if (regions.length) {
        const known = new Set(
          (
            await ctx.prisma.agency.findMany({
              where: { region: { in: regions } },
              distinct: ['region'],
              select: { region: true },
            })
          ).map((r) => r.region),
        );
        const unknown = regions.filter((region) => !known.has(region));
        if (unknown.length)
          throw new InvalidInputError(
            ['regions'],
            `There is no region called "${unknown[0]}". The regions query lists the names in use.`,
          );
      }
      const [agencies, scale, withScale] = await Promise.all([
        ctx.prisma.agency.findMany({
          where: {
            kindCode: args.kind as AgencyKindCode,
            ...(regions.length ? { region: { in: regions } } : {}),
          },
          orderBy: { name: 'asc' },
          // Every scalar, so that the rows' agency and ratings need no second read (RowRecords).
          include: victimsRatingsSelect,
        }),
        ratingScales(ctx)
          .commonGrades()
          .then((grades) => [...grades.values()]),
        scaled(ctx),
      ]);
      let rows = agencies.map((agency) => {
        const rated = agency.ratings.map((rating) => asRated(withScale(rating)));
        const [latest, previous] = rated;
        const owed = actionPlanOwed(rated, agency.actionPlans);
        return {
          agencyId: agency.id,
          name: agency.name,
          region: agency.region,
          latestId: latest?.id ?? null,
          previousId: previous?.id ?? null,
          latestCommonCode: latest?.grade.commonGrade.code ?? null,
          latestRank: latest?.commonRank ?? 0,
          ratedOn: latest?.ratedOn.getTime() ?? 0,
          trend: latest ? trendOf(latest, previous) : null,
          owedSince: owed?.since ?? null,
        };
      });
      if (args.fell) rows = rows.filter((row) => row.trend === 'FELL');
      const held = new Map<string, { id: string }>();
      for (const { ratings, actionPlans: _plans, ...agency } of agencies) {
        held.set(agency.id, agency);
        for (const rating of ratings.slice(0, 2)) held.set(rating.id, rating);
      }
      const records = new RowRecords(
        {
          agency: rows.map((row) => row.agencyId),
          latest: rows.flatMap((row) => row.latestId ?? []),
          previous: rows.flatMap((row) => row.previousId ?? []),
        },
        held,
      );
      const byName = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
        a.name.localeCompare(b.name);
      const order = {
        NAME: byName,
        GRADE: (a: (typeof rows)[number], b: (typeof rows)[number]) =>
          b.latestRank - a.latestRank || byName(a, b),
        RATED_ON: (a: (typeof rows)[number], b: (typeof rows)[number]) =>
          b.ratedOn - a.ratedOn || byName(a, b),
        REGION: (a: (typeof rows)[number], b: (typeof rows)[number]) =>
          (a.region ?? '').localeCompare(b.region ?? '') || byName(a, b),
      }[args.sort ?? 'NAME'];
      return { rows: rows.sort(order).map((row) => ({ ...row, records })), scale };
    },
  }),
);

builder.queryField('agenciesOwingActionPlans', (t) =>
  t.prismaField({
    type: ['Agency'],
    description:
      "Agencies whose latest victims' rating is at or below requires improvement, by name.",
    args: { kinds: t.arg({ type: [AgencyKindCodeEnum], required: false }) },
    resolve: async (query, _root, args, ctx) => {
      // Candidates have at least one rating that triggers a plan; the rule decides on their history.
      const candidates = await ctx.prisma.agency.findMany({
        where: {
          ...(args.kinds?.length ? { kindCode: { in: args.kinds as AgencyKindCode[] } } : {}),
          ratings: {
            some: {
              areaCode: victimsArea,
              withdrawnAt: null,
              grade: { commonGrade: { triggersActionPlan: true } },
            },
          },
        },
        select: { id: true, ...victimsRatingsSelect },
      });
      const withScale = await scaled(ctx);
      const owing = candidates
        .filter((agency) =>
          actionPlanOwed(
            agency.ratings.map((rating) => asRated(withScale(rating))),
            agency.actionPlans,
          ),
        )
        .map((agency) => agency.id);
      return ctx.prisma.agency.findMany({
        ...query,
        where: { id: { in: owing } },
        orderBy: { name: 'asc' },
      });
    },
  }),
);

builder.queryField('ratings', (t) =>
  t.prismaField({
    type: ['Rating'],
    description:
      'Every rating, optionally of one kind of agency, by agency name and date: the open data download.',
    args: { kind: t.arg({ type: AgencyKindCodeEnum, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.rating.findMany({
        ...query,
        where: {
          withdrawnAt: null,
          ...(args.kind ? { agency: { kindCode: args.kind as AgencyKindCode } } : {}),
        },
        orderBy: [{ agency: { name: 'asc' } }, { ratedOn: 'asc' }, { framework: { name: 'asc' } }],
      }),
  }),
);
