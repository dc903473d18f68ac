import { error } from '@sveltejs/kit';
import { runQuery } from '#lib/graphql/client.ts';
import { annualReviewQuery } from '#lib/graphql/review.ts';
import type { PageServerLoad } from './$types';

/** A year's review as published: the same for everyone, signed in or not. */
export const load: PageServerLoad = async ({ params, fetch }) => {
  const year = params.year === '1' || params.year === '2' ? Number(params.year) : undefined;
  if (!year) error(404, 'Page not found');
  const { data, problems } = await runQuery(fetch, annualReviewQuery, {
    id: params.id,
    year,
    asPublished: true,
  });
  if (problems.length || !data?.annualReview) error(404, 'Page not found');
  return { review: data.annualReview };
};
