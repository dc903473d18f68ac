/**
 * The action plans as a list staff work from: filtered by status, agency and whose move it is,
 * searched, sorted and paged in the database. One statement for the page and one for the count,
 * whatever the number of plans; the plans' own fields are loaded the way Pothos loads any list.
 */
import type { Prisma } from '@cjji/db';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { visiblePlansWhere } from '../access/action-plan.access.ts';
import { waitingOn, type ActionPlanStatus, type PlanParty } from '../access/action-plan.moves.ts';
import { idOf } from '../shared/ids.ts';
import { ActionPlanStatusEnum } from './action-plan.types.ts';
import { PlanPartyEnum } from './action-plan.viewer-can.ts';

const statuses: ActionPlanStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'ACCEPTED',
  'LAID',
  'PUBLISHED',
  'IN_FOLLOW_UP',
  'CLOSED',
];

/** Plans waiting on a party, from the one table of moves: the statuses differ for a force. */
function waitingOnWhere(party: PlanParty): Prisma.ActionPlanWhereInput {
  const waiting = (police: boolean) =>
    statuses.filter((status) => waitingOn(status, police)?.party === party);
  return {
    OR: [
      { status: { in: waiting(true) }, agency: { kindCode: 'POLICE_FORCE' } },
      { status: { in: waiting(false) }, agency: { kindCode: { not: 'POLICE_FORCE' } } },
    ],
  };
}

const PlanSortEnum = builder.enumType('ActionPlanSort', {
  values: {
    UPDATED: { description: 'Most recently changed first.' },
    AGENCY: { description: 'By agency name.' },
    TITLE: { description: 'By title.' },
    STATUS: { description: 'By how far along it is, earliest stage first.' },
  } as const,
});
type PlanSort = 'UPDATED' | 'AGENCY' | 'TITLE' | 'STATUS';

const orderBy: Record<PlanSort, Prisma.ActionPlanOrderByWithRelationInput[]> = {
  UPDATED: [{ updatedAt: 'desc' }, { id: 'asc' }],
  AGENCY: [{ agency: { name: 'asc' } }, { updatedAt: 'desc' }, { id: 'asc' }],
  TITLE: [{ title: 'asc' }, { id: 'asc' }],
  STATUS: [{ status: 'asc' }, { updatedAt: 'desc' }, { id: 'asc' }],
};

const PlanPageFilter = builder.inputType('ActionPlanPageFilter', {
  description: 'Narrows the list. Every condition given must hold.',
  fields: (t) => ({
    statuses: t.field({ type: [ActionPlanStatusEnum], required: false }),
    agencyId: t.id({ required: false }),
    waitingOn: t.field({
      type: PlanPartyEnum,
      required: false,
      description: 'Plans whose next move is this party’s.',
    }),
    search: t.string({
      required: false,
      description: 'Part of the title or the agency’s name, in any case.',
      validate: z.string().trim().max(100, 'Search for at most 100 characters.'),
    }),
  }),
});

type PlanPageArgs = {
  where: Prisma.ActionPlanWhereInput;
  orderBy: Prisma.ActionPlanOrderByWithRelationInput[];
  skip: number;
  take: number;
  page: number;
};

const literal = (text: string) => text.replace(/[\\%_]/g, '\\$&');

const PlanPageRef = builder.objectRef<PlanPageArgs>('ActionPlanPage').implement({
  description: 'One page of action plans.',
  fields: (t) => ({
    page: t.exposeInt('page'),
    pageSize: t.int({ resolve: (args) => args.take }),
    totalCount: t.int({
      resolve: (args, _a, ctx) => ctx.prisma.actionPlan.count({ where: args.where }),
    }),
    items: t.prismaField({
      type: ['ActionPlan'],
      resolve: (query, args, _a, ctx) =>
        ctx.prisma.actionPlan.findMany({
          ...query,
          where: args.where,
          orderBy: args.orderBy,
          skip: args.skip,
          take: args.take,
        }),
    }),
  }),
});

builder.queryField('actionPlanPage', (t) =>
  t.field({
    type: PlanPageRef,
    description: 'The action plans the viewer may see, filtered, sorted and paged in SQL.',
    args: {
      filter: t.arg({ type: PlanPageFilter, required: false }),
      sort: t.arg({ type: PlanSortEnum, required: false }),
      page: t.arg.int({
        required: false,
        validate: z.number().int().min(1, 'Pages start at 1.'),
      }),
      pageSize: t.arg.int({
        required: false,
        validate: z.number().int().min(1).max(500, 'Ask for at most 500 plans a page.'),
      }),
    },
    resolve: (_root, args, ctx) => {
      const filter = args.filter ?? {};
      const search = filter.search?.trim();
      const conditions: Prisma.ActionPlanWhereInput[] = [visiblePlansWhere(ctx.viewer)];
      if (filter.statuses?.length) conditions.push({ status: { in: filter.statuses } });
      if (filter.agencyId)
        conditions.push({ agencyId: idOf('Agency', filter.agencyId, ['filter', 'agencyId']) });
      if (filter.waitingOn) conditions.push(waitingOnWhere(filter.waitingOn));
      if (search)
        conditions.push({
          OR: [
            { title: { contains: literal(search), mode: 'insensitive' } },
            { agency: { name: { contains: literal(search), mode: 'insensitive' } } },
          ],
        });
      const take = args.pageSize ?? 25;
      const page = args.page ?? 1;
      return {
        where: { AND: conditions },
        orderBy: orderBy[(args.sort ?? 'UPDATED') as PlanSort],
        skip: (page - 1) * take,
        take,
        page,
      };
    },
  }),
);
