/**
 * The rating scales (common grades, frameworks, their grades) are reference data: a few dozen
 * rows, read whole at most once per request. Only the common scale is answered from here: the
 * ratings' own grade and framework relations stay with Pothos, which plans them into the
 * ratings' query (answering them from here measured three statements more on an agency's page,
 * whose action-plan rule reads the same relations through its own selection).
 */
import type { CommonGrade, RatingFramework, RatingGrade } from '@cjji/db';
import { kept, type Context } from '../../context.ts';

/**
 * Each table read at most once per request, and only if something asks for it; kept between
 * requests while the content version is unchanged (every write to them bumps it).
 */
export const ratingScales = (ctx: Context) => ({
  commonGrades: (): Promise<Map<string, CommonGrade>> =>
    kept(ctx, 'commonGrades', async () => {
      const grades = await ctx.prisma.commonGrade.findMany({ orderBy: { rank: 'asc' } });
      return new Map(grades.map((grade) => [grade.code, grade]));
    }),
  grades: (): Promise<Map<string, RatingGrade>> =>
    kept(ctx, 'ratingGrades', async () => {
      const grades = await ctx.prisma.ratingGrade.findMany();
      return new Map(grades.map((grade) => [grade.id, grade]));
    }),
  frameworks: (): Promise<Map<string, RatingFramework>> =>
    kept(ctx, 'ratingFrameworks', async () => {
      const frameworks = await ctx.prisma.ratingFramework.findMany();
      return new Map(frameworks.map((framework) => [framework.id, framework]));
    }),
});
