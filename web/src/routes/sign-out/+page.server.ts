import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { graphqlClient } from '#lib/graphql/client.ts';
import { signOutMutation } from '#lib/graphql/access.ts';
import { forgetSession } from '#lib/server/session.ts';

/** Signing out is a form post: a link or an image on another site cannot sign anyone out. */
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async ({ fetch, cookies, locals }) => {
    // The session ends at the API even if the cookie were kept somewhere else.
    if (locals.sessionToken) await graphqlClient(fetch).mutation(signOutMutation, {}).toPromise();
    forgetSession(cookies);
    redirect(303, '/signed-out');
  },
};
