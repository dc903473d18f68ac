/**
 * The rating scales (common grades, frameworks, their grades) are reference data: a few dozen
 * rows, read whole at most once per request. Only the common scale is answered from here: the
 * ratings' own grade and framework relations stay with Pothos, which plans them into the
 * ratings' query (answering them from here measured three statements more on an agency's page,
 * whose action-plan rule reads the same relations through its own selection).
 */
import type { CommonGrade, RatingFramework, RatingGrade } from '@cjji/db';
import { once, type Context } from '../../context.ts';

/** Each table read at most once per request, and only if something asks for it. */
export const ratingScales = (ctx: Context) => ({
  commonGrades: (): Promise<Map<string, CommonGrade>> =>
    once(ctx, 'commonGrades', async () => {
      const grades = await ctx.prisma.commonGrade.findMany({ orderBy: { rank: 'asc' } });
      return new Map(grades.map((grade) => [grade.code, grade]));
    }),
  grades: (): Promise<Map<string, RatingGrade>> =>
    once(ctx, 'ratingGrades', async () => {
      const grades = await ctx.prisma.ratingGrade.findMany();
      return new Map(grades.map((grade) => [grade.id, grade]));
    }),
  frameworks: (): Promise<Map<string, RatingFramework>> =>
    once(ctx, 'ratingFrameworks', async () => {
      const frameworks = await ctx.prisma.ratingFramework.findMany();
      return new Map(frameworks.map((framework) => [framework.id, framework]));
    }),
});
