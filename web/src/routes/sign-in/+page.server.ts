import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import { signInMutation } from '#lib/graphql/access.ts';
import { openIdConnectQuery } from '#lib/graphql/openid-connect.ts';
import { takeSignInProblem } from '#lib/server/openid-sign-in.ts';
import { formProblems, text } from '#lib/forms.ts';
import { keepSession, safeReturnPath } from '#lib/server/session.ts';

export const load: PageServerLoad = async ({ locals, url, fetch, cookies }) => {
  if (locals.viewer) redirect(303, safeReturnPath(url.searchParams.get('returnTo')));
  // The organisation's identity provider, if there is one; and why signing in through it just failed.
  const { data } = await runQuery(fetch, openIdConnectQuery, {});
  const openIdProblem =
    url.searchParams.get('openid') === 'failed' ? takeSignInProblem(cookies) : null;
  return {
    expired: url.searchParams.has('expired'),
    returnTo: safeReturnPath(url.searchParams.get('returnTo')),
    openIdConnect: data?.openIdConnect ?? null,
    openIdProblem,
  };
};

export const actions: Actions = {
  default: async ({ request, fetch, cookies, url }) => {
    const form = await request.formData();
    const email = text(form, 'email');
    const result = await runMutation(fetch, signInMutation, 'signIn', {
      input: { email, password: String(form.get('password') ?? '') },
    });
    if (result.problem)
      return fail(400, { email, problems: formProblems(result.problem.issues, 'password') });
    keepSession(cookies, result.data.token, new Date(result.data.expiresAt));
    redirect(303, safeReturnPath(url.searchParams.get('returnTo')));
  },
};
