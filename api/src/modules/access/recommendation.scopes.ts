/** Scopes about an addressee's response to a recommendation, read from the response named. */
import type { Context } from '../../context.ts';
import { decodeId } from '../shared/ids.ts';
import {
  mayAnswerRecommendation,
  mayCorrectAnswer,
  mayRecordImplementation,
} from './recommendation.access.ts';
import type { ScopeChecks } from './scope.ts';
import { agenciesApprovedBy, agenciesEditedBy, isAdministrator } from './viewer.ts';

export interface RecommendationScopes {
  /** Recommendation addressee (global id): the agency's approvers answer for it. */
  recommendationResponder: string;
  /** Recommendation addressee (global id): the agency's editors record implementation. */
  implementationRecorder: string;
  /** Recommendation addressee (global id): the agency's approvers correct or withdraw its answer. */
  answerCorrector: string;
}

export function recommendationScopes(ctx: Context): ScopeChecks<RecommendationScopes> {
  const viewer = ctx.viewer;
  const admin = isAdministrator(viewer);
  const agencyStaff = admin || agenciesEditedBy(viewer).size > 0;
  const agencyApprover = admin || agenciesApprovedBy(viewer).size > 0;
  const responseAgency = (globalId: string) => {
    const id = decodeId('RecommendationResponse', globalId);
    return id
      ? ctx.prisma.recommendationResponse.findUnique({ where: { id }, select: { agencyId: true } })
      : null;
  };
  return {
    recommendationResponder: async (globalId) => {
      if (admin || !agencyApprover) return admin;
      const response = await responseAgency(globalId);
      return response ? mayAnswerRecommendation(viewer, response) : agencyApprover;
    },
    implementationRecorder: async (globalId) => {
      if (admin || !agencyStaff) return admin;
      const response = await responseAgency(globalId);
      return response ? mayRecordImplementation(viewer, response) : agencyStaff;
    },
    answerCorrector: async (globalId) => {
      if (admin || !agencyApprover) return admin;
      const response = await responseAgency(globalId);
      return response ? mayCorrectAnswer(viewer, response) : agencyApprover;
    },
  };
}
