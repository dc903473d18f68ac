/** The audit trail, for administrators to browse and export. There is no mutation that changes it. */
import type { Prisma } from '@cjji/db';
import { builder } from '../../builder.ts';
import { decodeId, idOf, typenameOf } from '../shared/ids.ts';

builder.prismaNode('AuditEvent', {
  description: 'One change: who made it, when, what it was and the record before and after.',
  id: { field: 'id' },
  authScopes: { administrator: true },
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    actor: t.exposeString('actor', {
      description: 'The name of the person (or process) who acted.',
    }),
    actorAccount: t.relation('actorUser', { nullable: true }),
    action: t.exposeString('action', { description: 'The mutation, e.g. reschedulePhase.' }),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId'),
    before: t.string({
      nullable: true,
      description: 'The record before, as JSON.',
      resolve: (event) => (event.before === null ? null : JSON.stringify(event.before)),
    }),
    after: t.string({
      nullable: true,
      description: 'The record after, as JSON.',
      resolve: (event) => (event.after === null ? null : JSON.stringify(event.after)),
    }),
  }),
});

const AuditFilter = builder.inputType('AuditFilter', {
  fields: (t) => ({
    entityType: t.string({ required: false, description: 'e.g. ActionPlan, Inspection, User.' }),
    entityId: t.string({ required: false, description: 'The record’s id, or its global id.' }),
    action: t.string({ required: false }),
    actorAccountId: t.id({ required: false }),
    from: t.field({ type: 'DateTime', required: false }),
    until: t.field({ type: 'DateTime', required: false }),
  }),
});

/** Records are audited under their database id; accept the API's global id as well. */
const recordId = (id: string) => (typenameOf(id) ? (decodeId(typenameOf(id)!, id) ?? id) : id);

function auditWhere(
  filter: typeof AuditFilter.$inferInput | null | undefined,
): Prisma.AuditEventWhereInput {
  if (!filter) return {};
  return {
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: recordId(filter.entityId) } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actorAccountId
      ? { actorUserId: idOf('User', filter.actorAccountId, ['filter', 'actorAccountId']) }
      : {}),
    ...(filter.from || filter.until
      ? {
          at: {
            ...(filter.from ? { gte: filter.from } : {}),
            ...(filter.until ? { lt: filter.until } : {}),
          },
        }
      : {}),
  };
}

builder.queryField('auditEvents', (t) =>
  t.prismaConnection(
    {
      type: 'AuditEvent',
      cursor: 'id',
      defaultSize: 50,
      maxSize: 1000,
      authScopes: { administrator: true },
      description: 'The audit trail, newest first, filtered and paged by cursor.',
      args: { filter: t.arg({ type: AuditFilter, required: false }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.auditEvent.findMany({
          ...query,
          where: auditWhere(args.filter),
          orderBy: [{ at: 'desc' }, { id: 'desc' }],
        }),
      totalCount: (_connection, args, ctx) =>
        ctx.prisma.auditEvent.count({ where: auditWhere(args.filter) }),
    },
    { description: 'A page of the audit trail.' },
  ),
);
