import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { hasRole } from '#lib/graphql/access.ts';

/** The API refuses these operations to anyone else too; this spares them a page of refusals. */
export const load: LayoutServerLoad = ({ locals }) => {
  if (!hasRole(locals.viewer, 'ADMINISTRATOR'))
    error(403, 'Only administrators can manage accounts and agencies and read the audit trail.');
};
