/** What the signed-in person may do to an escalation now, from escalation.access.ts. */
import { builder } from '../../builder.ts';
import { mayEndEscalation, mayRecordEscalationResponse } from '../access/escalation.access.ts';
import { endBlockedBecause } from './escalation.rules.ts';

const EscalationViewerCanRef = builder
  .objectRef<{ recordResponse: boolean; end: boolean }>('EscalationViewerCan')
  .implement({
    description: 'What the signed-in person may do to the escalation now.',
    fields: (t) => ({
      recordResponse: t.exposeBoolean('recordResponse', {
        description:
          'recordEscalationResponse: for an Urgent Notification not yet answered, the agency’s approvers, the inspectorate’s leads or the responsible minister’s office.',
      }),
      end: t.exposeBoolean('end', {
        description:
          'endEscalation: the issuing inspectorate’s leads, once it may end (an Urgent Notification after its response) and until it has.',
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
      end: !endBlockedBecause(escalation) && mayEndEscalation(ctx.viewer, escalation),
    }),
  }),
}));
