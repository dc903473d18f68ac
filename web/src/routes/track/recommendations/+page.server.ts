import { fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import { choice, text } from '#lib/forms.ts';
import {
  correctAnswerMutation,
  correctRecommendationMutation,
  recommendationsQuery,
  recordImplementationMutation,
  recordRecommendationMutation,
  respondToRecommendationMutation,
  type ImplementationStatus,
  type RecommendationAnswer,
  type RecommendationSource,
} from '#lib/graphql/track.ts';
import { issuesFor, today } from '../form-checks.ts';
import { dateIssues, readDate } from '#lib/dates.ts';
import type { Actions, PageServerLoad } from './$types';

const sources = ['VICTIMS_COMMISSIONER_ANNUAL_REPORT', 'URGENT_NOTIFICATION', 'INSPECTION_REPORT'];
const answers = ['ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED'];
const implementations = ['OPEN', 'IMPLEMENTED', 'NOT_IMPLEMENTED'];
const respondFields = ['answer', 'reasons', 'plannedActions', 'respondedOn'] as const;

export const load: PageServerLoad = async ({ fetch, url }) => {
  const { data } = await runQuery(fetch, recommendationsQuery, {});
  return {
    recommendations: data!.recommendations,
    viewerCan: data!.viewerCan,
    choices: { agencyKinds: data!.agencyKinds, agencies: data!.agencies },
    today: today(),
    recorded: url.searchParams.get('recorded'),
    answered: url.searchParams.get('answered'),
    implemented: url.searchParams.get('implemented'),
    corrected: url.searchParams.get('corrected'),
  };
};

/**
 * A correction form's issues, keyed by the record's id as the page names its boxes; each of the
 * two forms (correct, withdraw) has its own reason box.
 */
function correctionIssues(
  issues: Array<{ field: string[]; message: string }>,
  id: string,
  shown: readonly string[],
  which: 'correct' | 'withdraw',
) {
  return issuesFor(issues, id, [...shown, 'reason'], 'reason').map((issue) =>
    issue.field[0] === `reason-${id}` ? { ...issue, field: [`reason-${which}-${id}`] } : issue,
  );
}

const answerFields = ['answer', 'reasons', 'plannedActions'] as const;
const recommendationFields = ['reference', 'text'] as const;

export const actions: Actions = {
  record: async ({ request, fetch }) => {
    const form = await request.formData();
    // A report's recommendations may be recorded before it is published: they stay embargoed.
    const publishedOn = readDate(form, 'publishedOn', {
      subject: 'Date published',
      enter: 'Enter the date the report was published',
    });
    const values = {
      source: choice<RecommendationSource>(form, 'source'),
      reportTitle: text(form, 'reportTitle'),
      publishedOn: publishedOn.parts,
      reference: text(form, 'reference'),
      text: text(form, 'text'),
      addresseeIds: form
        .getAll('addresseeIds')
        .filter((value): value is string => typeof value === 'string' && value !== ''),
    };
    const issues = [
      ...(!sources.includes(values.source)
        ? [{ field: ['source'], message: 'Choose where the recommendation was made' }]
        : []),
      ...dateIssues({ publishedOn }),
      ...(!values.addresseeIds.length
        ? [
            {
              field: ['addresseeIds'],
              message: 'Choose at least one agency the recommendation is addressed to',
            },
          ]
        : []),
    ];
    if (issues.length) return fail(400, { action: 'record' as const, values, issues });
    const result = await runMutation(fetch, recordRecommendationMutation, 'recordRecommendation', {
      input: { ...values, publishedOn: publishedOn.iso! },
    });
    if (result.problem)
      return fail(400, { action: 'record' as const, values, issues: result.problem.issues });
    redirect(303, `/track/recommendations?recorded=${encodeURIComponent(result.data.id)}`);
  },

  respond: async ({ request, fetch }) => {
    const form = await request.formData();
    const responseId = text(form, 'responseId');
    const respondedOn = readDate(form, `respondedOn-${responseId}`, {
      subject: 'Date of the response',
      enter: 'Enter the date of the response',
      notFuture: true,
    });
    const values = {
      answer: choice<RecommendationAnswer>(form, 'answer'),
      reasons: text(form, 'reasons'),
      plannedActions: text(form, 'plannedActions'),
      respondedOn: respondedOn.parts,
    };
    const expectedVersion = Number(text(form, 'expectedVersion'));
    const issues = [
      ...(!answers.includes(values.answer)
        ? [
            {
              field: ['answer'],
              message:
                'Choose whether the recommendation is accepted, partly accepted or not accepted',
            },
          ]
        : []),
      ...dateIssues({ respondedOn }),
    ];
    if (issues.length || !Number.isInteger(expectedVersion)) {
      const found = issues.length
        ? issues
        : [{ field: [], message: 'The form was incomplete. Reload the page and try again.' }];
      return fail(400, {
        action: 'respond' as const,
        responseId,
        values,
        issues: issuesFor(found, responseId, respondFields, 'answer'),
      });
    }
    const result = await runMutation(
      fetch,
      respondToRecommendationMutation,
      'respondToRecommendation',
      {
        input: {
          responseId,
          expectedVersion,
          ...values,
          respondedOn: respondedOn.iso!,
          plannedActions: values.plannedActions || null,
        },
      },
    );
    if (result.problem) {
      return fail(result.problem.kind === 'ConflictError' ? 409 : 400, {
        action: 'respond' as const,
        responseId,
        values,
        issues: issuesFor(result.problem.issues, responseId, respondFields, 'answer'),
      });
    }
    redirect(303, `/track/recommendations?answered=${encodeURIComponent(responseId)}`);
  },

  implementation: async ({ request, fetch }) => {
    const form = await request.formData();
    const responseId = text(form, 'responseId');
    const values = { implementation: choice<ImplementationStatus>(form, 'implementation') };
    const expectedVersion = Number(text(form, 'expectedVersion'));
    if (!implementations.includes(values.implementation) || !Number.isInteger(expectedVersion)) {
      const issues = [
        {
          field: ['implementation'],
          message: 'Choose whether the recommendation has been implemented',
        },
      ];
      return fail(400, {
        action: 'implementation' as const,
        responseId,
        values,
        issues: issuesFor(issues, responseId, ['implementation'], 'implementation'),
      });
    }
    const result = await runMutation(fetch, recordImplementationMutation, 'recordImplementation', {
      input: { responseId, expectedVersion, ...values },
    });
    if (result.problem) {
      return fail(result.problem.kind === 'ConflictError' ? 409 : 400, {
        action: 'implementation' as const,
        responseId,
        values,
        issues: issuesFor(result.problem.issues, responseId, ['implementation'], 'implementation'),
      });
    }
    redirect(303, `/track/recommendations?implemented=${encodeURIComponent(responseId)}`);
  },

  correctAnswer: async ({ request, fetch }) => {
    const form = await request.formData();
    const responseId = text(form, 'responseId');
    const values = {
      answer: choice<RecommendationAnswer>(form, 'answer'),
      reasons: text(form, 'reasons'),
      plannedActions: text(form, 'plannedActions'),
      reason: text(form, 'reason'),
    };
    const result = await runMutation(
      fetch,
      correctAnswerMutation,
      'correctRecommendationResponse',
      {
        input: {
          responseId,
          expectedVersion: Number(text(form, 'expectedVersion')),
          answer: answers.includes(values.answer) ? values.answer : null,
          reasons: values.reasons || null,
          plannedActions: values.plannedActions || null,
          reason: values.reason,
        },
      },
    );
    if (result.problem)
      return fail(400, {
        action: 'correctAnswer' as const,
        responseId,
        values,
        issues: correctionIssues(result.problem.issues, responseId, answerFields, 'correct'),
      });
    redirect(303, `/track/recommendations?corrected=${encodeURIComponent(responseId)}`);
  },

  withdrawAnswer: async ({ request, fetch }) => {
    const form = await request.formData();
    const responseId = text(form, 'responseId');
    const values = { reason: text(form, 'reason') };
    const result = await runMutation(
      fetch,
      correctAnswerMutation,
      'correctRecommendationResponse',
      {
        input: {
          responseId,
          expectedVersion: Number(text(form, 'expectedVersion')),
          withdraw: true,
          reason: values.reason,
        },
      },
    );
    if (result.problem)
      return fail(400, {
        action: 'withdrawAnswer' as const,
        responseId,
        values,
        issues: correctionIssues(result.problem.issues, responseId, [], 'withdraw'),
      });
    redirect(303, `/track/recommendations?corrected=${encodeURIComponent(responseId)}`);
  },

  correctRecommendation: async ({ request, fetch }) => {
    const form = await request.formData();
    const recommendationId = text(form, 'recommendationId');
    const values = {
      reference: text(form, 'reference'),
      text: text(form, 'text'),
      reason: text(form, 'reason'),
    };
    const result = await runMutation(
      fetch,
      correctRecommendationMutation,
      'correctRecommendation',
      {
        input: {
          recommendationId,
          expectedVersion: Number(text(form, 'expectedVersion')),
          reference: values.reference,
          text: values.text,
          reason: values.reason,
        },
      },
    );
    if (result.problem)
      return fail(400, {
        action: 'correctRecommendation' as const,
        recommendationId,
        values,
        issues: correctionIssues(
          result.problem.issues,
          recommendationId,
          recommendationFields,
          'correct',
        ),
      });
    redirect(303, `/track/recommendations?corrected=${encodeURIComponent(recommendationId)}`);
  },

  withdrawRecommendation: async ({ request, fetch }) => {
    const form = await request.formData();
    const recommendationId = text(form, 'recommendationId');
    const values = { reason: text(form, 'reason') };
    const result = await runMutation(
      fetch,
      correctRecommendationMutation,
      'correctRecommendation',
      {
        input: {
          recommendationId,
          expectedVersion: Number(text(form, 'expectedVersion')),
          withdraw: true,
          reason: values.reason,
        },
      },
    );
    if (result.problem)
      return fail(400, {
        action: 'withdrawRecommendation' as const,
        recommendationId,
        values,
        issues: correctionIssues(result.problem.issues, recommendationId, [], 'withdraw'),
      });
    redirect(303, `/track/recommendations?corrected=${encodeURIComponent(recommendationId)}`);
  },
};
