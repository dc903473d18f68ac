import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import { correctRatingMutation, ratingToCorrectQuery } from '#lib/graphql/ratings.ts';
import { text } from '#lib/forms.ts';
import { dateIssues, readDate } from '#lib/dates.ts';
import type { Actions, PageServerLoad } from './$types';

/** One rating, for the lead who may record it to correct or withdraw with a reason. */
export const load: PageServerLoad = async ({ params, fetch }) => {
  const { data, problems } = await runQuery(fetch, ratingToCorrectQuery, { id: params.id });
  const rating = data?.node;
  if (problems.length || !rating || !('ratedOn' in rating)) error(404, 'Page not found');
  return { rating };
};

const here = (id: string) => `/rate/ratings/${encodeURIComponent(id)}`;

/** Each form has its own reason box: the API's "reason" is shown beside the form's own. */
const ownReason = (
  form: 'correct' | 'withdraw',
  issues: Array<{ field: string[]; message: string }>,
) =>
  issues.map((issue) =>
    issue.field.at(-1) === 'reason' ? { ...issue, field: [`reason-${form}`] } : issue,
  );

export const actions: Actions = {
  correct: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const date = readDate(form, 'ratedOn', {
      subject: 'Date rated',
      enter: 'Enter the date of the rating',
      notFuture: true,
    });
    const values = {
      gradeId: text(form, 'gradeId'),
      ratedOn: date.parts,
      rationale: text(form, 'rationale'),
      reason: text(form, 'reason'),
    };
    const failed = (issues: Array<{ field: string[]; message: string }>) =>
      fail(400, { form: 'correct', values, issues: ownReason('correct', issues) });
    // A date typed wrong never reaches the API (it would be read as no change to the date).
    const wrong = [
      ...dateIssues({ ratedOn: date }),
      ...(values.reason
        ? []
        : [
            {
              field: ['reason'],
              message: 'Say why it is corrected: the reason is kept with the record.',
            },
          ]),
    ];
    if (wrong.length) return failed(wrong);
    const result = await runMutation(fetch, correctRatingMutation, 'correctRating', {
      input: {
        ratingId: params.id,
        expectedVersion: Number(text(form, 'expectedVersion')),
        gradeId: values.gradeId || null,
        ratedOn: date.iso,
        rationale: values.rationale || null,
        reason: values.reason,
      },
    });
    if (result.problem) return failed(result.problem.issues);
    redirect(303, `${here(params.id)}?done=corrected`);
  },
  withdraw: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const values = { reason: text(form, 'reason') };
    const result = await runMutation(fetch, correctRatingMutation, 'correctRating', {
      input: {
        ratingId: params.id,
        expectedVersion: Number(text(form, 'expectedVersion')),
        withdraw: true,
        reason: values.reason,
      },
    });
    if (result.problem)
      return fail(400, {
        form: 'withdraw',
        values,
        issues: ownReason('withdraw', result.problem.issues),
      });
    redirect(303, `${here(params.id)}?done=withdrawn`);
  },
};
