/** Escalations: HMICFRS's Engage phase, HMI Prisons' Urgent Notifications and Independent Reviews of Progress. */
import { EscalationKind } from '@cjji/db';
import { builder } from '../../builder.ts';
import { maySeeRow, visibleWhere } from '../access/visibility.ts';
import { startOfDay } from '../shared/calendar.ts';
import { isOverdue } from '../deadlines/deadline.rules.ts';

export const EscalationKindEnum = builder.enumType(EscalationKind, {
  name: 'EscalationKind',
  description:
    "ENHANCED_MONITORING: HMICFRS's Engage phase; URGENT_NOTIFICATION: HMI Prisons, answered publicly within 28 days; INDEPENDENT_REVIEW_OF_PROGRESS: HMI Prisons.",
});
builder.prismaNode('Escalation', {
  authScopes: (_escalation, ctx) => maySeeRow.Escalation(ctx),
  id: { field: 'id' },
  fields: (t) => ({
    kind: t.expose('kind', { type: EscalationKindEnum }),
    agency: t.relation('agency'),
    inspectorate: t.relation('inspectorate'),
    issuedOn: t.expose('issuedOn', { type: 'Date' }),
    summary: t.exposeString('summary'),
    responseDueOn: t.expose('responseDueOn', { type: 'Date', nullable: true }),
    respondedOn: t.expose('respondedOn', { type: 'Date', nullable: true }),
    endedOn: t.expose('endedOn', { type: 'Date', nullable: true }),
    version: t.exposeInt('version', {
      description: 'Raised by every change; send it back as expectedVersion.',
    }),
    overdue: t.boolean({
      resolve: (e, _args, ctx) => isOverdue(e.responseDueOn, e.respondedOn, startOfDay(ctx.now())),
    }),
    // Only those the viewer may see: a public list leaves out a report not yet published.
    recommendations: t.relation('recommendations', {
      query: (_args, ctx) => ({
        where: visibleWhere.Recommendation(ctx),
        orderBy: [{ publishedOn: 'desc' }, { reference: 'asc' }, { id: 'asc' }],
      }),
    }),
  }),
});
