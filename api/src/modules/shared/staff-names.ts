/**
 * Names of the people who did things (recorded a rating, moved a programme, answered a
 * recommendation) are staff's business: the public reads what was published and which
 * organisation did it, not who at that organisation typed it in. One rule for every such field.
 */
import type { Context } from '../../context.ts';

export const staffNameNote = 'Null for the public: names of staff are not published.';

/** The name for signed-in people; null for the public. */
export const staffName = (name: string | null, ctx: Context): string | null =>
  ctx.viewer ? name : null;
