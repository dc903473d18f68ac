/** What the signed-in person may do to a recommendation's response now, from recommendation.access.ts. */
import { builder } from '../../builder.ts';
import {
  mayAnswerRecommendation,
  mayCorrectAnswer,
  mayRecordImplementation,
} from '../access/recommendation.access.ts';

const ResponseViewerCanRef = builder
  .objectRef<{
    respond: boolean;
    recordImplementation: boolean;
    correct: boolean;
  }>('RecommendationResponseViewerCan')
  .implement({
    description: 'What the signed-in person may do to the addressee’s response now.',
    fields: (t) => ({
      respond: t.exposeBoolean('respond', {
        description: 'respondToRecommendation: the addressee’s approvers, until it is answered.',
      }),
      recordImplementation: t.exposeBoolean('recordImplementation', {
        description: 'recordImplementation: the addressee’s editors and approvers, once answered.',
      }),
      correct: t.exposeBoolean('correct', {
        description:
          'correctRecommendationResponse (correct or withdraw the answer): the addressee’s approvers, once answered.',
      }),
    }),
  });

builder.prismaObjectFields('RecommendationResponse', (t) => ({
  viewerCan: t.field({
    type: ResponseViewerCanRef,
    select: { recommendation: { select: { withdrawnAt: true } } },
    resolve: (response, _args, ctx) => ({
      // A withdrawn recommendation is owed no answer.
      respond:
        !response.answer &&
        !response.recommendation.withdrawnAt &&
        mayAnswerRecommendation(ctx.viewer, response),
      recordImplementation: !!response.answer && mayRecordImplementation(ctx.viewer, response),
      correct: !!response.answer && mayCorrectAnswer(ctx.viewer, response),
    }),
  }),
}));
