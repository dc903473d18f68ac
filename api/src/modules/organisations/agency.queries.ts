import type { Prisma } from '@cjji/db';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { once, type Context } from '../../context.ts';
import { InvalidInputError, NotFoundError } from '../../errors.ts';
import { idOf } from '../shared/ids.ts';
import { AgencyKindCodeEnum } from './agency-kind.types.ts';
import { AgencyRef, CountryEnum } from './agency.types.ts';
import { LocalPolicingBodyKindEnum } from './local-policing-body.types.ts';

const AgencyFilter = builder.inputType('AgencyFilter', {
  description: 'Narrows the directory of agencies. Every condition given must hold.',
  fields: (t) => ({
    kinds: t.field({
      type: [AgencyKindCodeEnum],
      required: false,
      description: 'Any of these kinds.',
    }),
    region: t.string({
      required: false,
      description: 'One of the names the `regions` query lists.',
      validate: z.string().trim().min(1, 'Give a region, or leave it out.').max(100),
    }),
    country: t.field({ type: CountryEnum, required: false }),
    localPolicingBodyKind: t.field({
      type: LocalPolicingBodyKindEnum,
      required: false,
      description: 'Police forces whose current local policing body is of this kind.',
    }),
    includeClosed: t.boolean({
      required: false,
      description:
        'Closed agencies too. Left out otherwise, so that choices for new work offer only open ones.',
    }),
    search: t.string({
      required: false,
      description: 'Part of the name, in any case.',
      validate: z.string().trim().max(100, 'Search for at most 100 characters.'),
    }),
  }),
});

type AgencyFilterInput = typeof AgencyFilter.$inferInput;

/** The page and its total count share one reading of the filter, so the region is checked once. */
/** Prisma passes `contains` to LIKE as it is, so a search for "%" would match every agency. */
const literalPattern = (text: string) => text.replace(/[\\%_]/g, '\\$&');

function agencyWhere(
  filter: AgencyFilterInput | null | undefined,
  ctx: Context,
): Promise<Prisma.AgencyWhereInput> {
  return once(ctx, `agencyWhere:${JSON.stringify(filter ?? {})}`, () =>
    readAgencyFilter(filter, ctx),
  );
}

async function readAgencyFilter(
  filter: AgencyFilterInput | null | undefined,
  ctx: Context,
): Promise<Prisma.AgencyWhereInput> {
  // Closed agencies keep their records but are no choice for new work.
  const open = filter?.includeClosed ? {} : { closedOn: null };
  if (!filter) return open;
  if (filter.region) {
    const known = await ctx.prisma.agency.findFirst({
      where: { region: filter.region },
      select: { id: true },
    });
    if (!known)
      throw new InvalidInputError(
        ['filter', 'region'],
        `There is no region called "${filter.region}". The regions query lists the names in use.`,
      );
  }
  return {
    ...open,
    ...(filter.kinds?.length ? { kindCode: { in: filter.kinds } } : {}),
    ...(filter.region ? { region: filter.region } : {}),
    ...(filter.country ? { country: filter.country } : {}),
    ...(filter.search
      ? { name: { contains: literalPattern(filter.search.trim()), mode: 'insensitive' as const } }
      : {}),
    ...(filter.localPolicingBodyKind
      ? {
          localPolicingBodyTerms: {
            some: { endsOn: null, localPolicingBody: { kind: filter.localPolicingBodyKind } },
          },
        }
      : {}),
  };
}

builder.queryField('agencies', (t) =>
  t.prismaConnection(
    {
      type: 'Agency',
      cursor: 'id',
      defaultSize: 50,
      maxSize: 200,
      description: 'The directory of agencies in name order, filtered and paged by cursor.',
      args: { filter: t.arg({ type: AgencyFilter, required: false }) },
      resolve: async (query, _root, args, ctx) =>
        ctx.prisma.agency.findMany({
          ...query,
          where: await agencyWhere(args.filter, ctx),
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        }),
      totalCount: async (_connection, args, ctx) =>
        ctx.prisma.agency.count({ where: await agencyWhere(args.filter, ctx) }),
    },
    { description: 'A page of agencies.' },
  ),
);

builder.queryField('agency', (t) =>
  t.prismaField({
    type: AgencyRef,
    description: 'One agency by its id.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const agency = await ctx.prisma.agency.findUnique({
        ...query,
        where: { id: idOf('Agency', args.id) },
      });
      if (!agency) throw new NotFoundError('agency', args.id);
      return agency;
    },
  }),
);

builder.queryField('regions', (t) =>
  t.stringList({
    description: 'The region names agencies are grouped under, in alphabetical order.',
    // groupBy is GROUP BY in SQL; findMany's distinct is applied by Prisma in memory, after
    // reading every agency.
    resolve: async (_root, _args, ctx) => {
      const rows = await ctx.prisma.agency.groupBy({
        by: ['region'],
        where: { region: { not: null } },
        orderBy: { region: 'asc' },
      });
      return rows.map((row) => row.region!);
    },
  }),
);
