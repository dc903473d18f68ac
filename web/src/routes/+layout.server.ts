import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
  viewer: locals.viewer,
  work: locals.work,
});
