import { londonToday } from '#lib/dates.ts';
import { runQuery } from '#lib/graphql/client.ts';
import { currentProgrammeQuery } from '#lib/graphql/plan.ts';
import { programmeReviewYearsQuery } from '#lib/graphql/review.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const { data } = await runQuery(fetch, currentProgrammeQuery, {});
  const programme = data?.currentProgramme ?? null;
  // The year reviews published so far, each read under the public programme pages.
  const reviews = programme
    ? ((
        await runQuery(fetch, programmeReviewYearsQuery, { id: programme.id })
      ).data?.programme?.annualReviews.filter((review) => review.publishedVersion > 0) ?? [])
    : [];
  return { programme, reviews, today: londonToday() };
};
