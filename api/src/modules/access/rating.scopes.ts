/** Scopes about rating with a framework, read from the framework named. */
import type { Context } from '../../context.ts';
import { decodeId } from '../shared/ids.ts';
import { mayCorrectRating, mayRateWith } from './rating.access.ts';
import type { ScopeChecks } from './scope.ts';
import { isAdministrator, isInspectorateLead } from './viewer.ts';

export interface RatingScopes {
  /** Rating framework (global id): leads of the inspectorate that owns it. */
  raterFor: string;
  /** Rating (global id): leads of the inspectorate that owns its framework. */
  ratingCorrector: string;
}

export function ratingScopes(ctx: Context): ScopeChecks<RatingScopes> {
  const viewer = ctx.viewer;
  const admin = isAdministrator(viewer);
  const lead = isInspectorateLead(viewer);
  return {
    raterFor: async (globalId) => {
      if (admin || !lead) return admin;
      const id = decodeId('RatingFramework', globalId);
      const framework = id
        ? await ctx.prisma.ratingFramework.findUnique({
            where: { id },
            select: { inspectorateId: true },
          })
        : null;
      return framework ? mayRateWith(viewer, framework) : lead;
    },
    ratingCorrector: async (globalId) => {
      if (admin || !lead) return admin;
      const id = decodeId('Rating', globalId);
      const rating = id
        ? await ctx.prisma.rating.findUnique({
            where: { id },
            select: { framework: { select: { inspectorateId: true } } },
          })
        : null;
      // An unknown rating passes, so that the resolver answers it not found.
      return rating ? mayCorrectRating(viewer, rating.framework) : lead;
    },
  };
}
