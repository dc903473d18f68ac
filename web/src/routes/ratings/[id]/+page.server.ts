import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** An agency has one public page; its ratings live there. */
export const load: PageServerLoad = ({ params }) => {
  redirect(308, `/agencies/${encodeURIComponent(params.id)}`);
};
