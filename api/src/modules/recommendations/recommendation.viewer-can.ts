/** What the signed-in person may do to a response or an escalation now, from recommendation.access.ts. */
import { builder } from '../../builder.ts';
import {
  mayAnswerRecommendation,
  mayRecordEscalationResponse,
  mayRecordImplementation,
} from '../access/recommendation.access.ts';

const ResponseViewerCanRef = builder
  .objectRef<{ respond: boolean; recordImplementation: boolean }>('RecommendationResponseViewerCan')
  .implement({
    description: 'What the signed-in person may do to the addressee’s response now.',
    fields: (t) => ({
      respond: t.exposeBoolean('respond', {
        description: 'respondToRecommendation: the addressee’s approvers, until it is answered.',
      }),
      recordImplementation: t.exposeBoolean('recordImplementation', {
        description: 'recordImplementation: the addressee’s editors and approvers, once answered.',
      }),
    }),
  });

builder.prismaObjectFields('RecommendationResponse', (t) => ({
  viewerCan: t.field({
    type: ResponseViewerCanRef,
    resolve: (response, _args, ctx) => ({
      respond: !response.answer && mayAnswerRecommendation(ctx.viewer, response),
      recordImplementation: !!response.answer && mayRecordImplementation(ctx.viewer, response),
    }),
  }),
}));

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
