/** What the signed-in person may do to an escalation now, from escalation.access.ts. */
import { builder } from '../../builder.ts';
import { mayRecordEscalationResponse } from '../access/escalation.access.ts';

const EscalationViewerCanRef = builder
  .objectRef<{ recordResponse: boolean }>('EscalationViewerCan')
  .implement({
    description: 'What the signed-in person may do to the escalation now.',
    fields: (t) => ({
      recordResponse: t.exposeBoolean('recordResponse', {
        description:
          'recordEscalationResponse: for an Urgent Notification not yet answered, the agency’s approvers, the inspectorate’s leads or the responsible minister’s office.',
      }),
    }),
  });

builder.prismaObjectFields('Escalation', (t) => ({
  viewerCan: t.field({
    type: EscalationViewerCanRef,
    select: { agency: { select: { kind: { select: { responsibleMinisterId: true } } } } },
    resolve: (escalation, _args, ctx) => ({
      recordResponse:
        escalation.kind === 'URGENT_NOTIFICATION' &&
        !escalation.respondedOn &&
        mayRecordEscalationResponse(ctx.viewer, {
          agencyId: escalation.agencyId,
          inspectorateId: escalation.inspectorateId,
          responsibleMinisterId: escalation.agency.kind.responsibleMinisterId,
        }),
    }),
  }),
}));
