import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import { annualReviewQuery, publishAnnualReviewMutation } from '#lib/graphql/review.ts';
import { text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

const yearOf = (param: string) => (param === '1' || param === '2' ? Number(param) : undefined);

export const load: PageServerLoad = async ({ params, fetch }) => {
  const year = yearOf(params.year);
  if (!year) error(404, 'Page not found');
  const { data, problems } = await runQuery(fetch, annualReviewQuery, { id: params.id, year });
  if (problems.length || !data?.annualReview) error(404, 'Page not found');
  return { review: data.annualReview };
};

export const actions: Actions = {
  publish: async ({ request, fetch, params }) => {
    const year = yearOf(params.year);
    if (!year) error(404, 'Page not found');
    const form = await request.formData();
    const result = await runMutation(fetch, publishAnnualReviewMutation, 'publishAnnualReview', {
      input: {
        programmeId: params.id,
        year,
        expectedVersion: Number(text(form, 'expectedVersion')),
      },
    });
    if (result.problem)
      return fail(result.problem.kind === 'ConflictError' ? 409 : 400, { problem: result.problem });
    redirect(
      303,
      `/plan/programmes/${encodeURIComponent(params.id)}/review/${year}?done=published`,
    );
  },
};
