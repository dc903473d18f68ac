/**
 * The rating scales (common grades, frameworks, their grades) are reference data: a few dozen
 * rows, read whole at most once per request, and kept between requests while the content
 * version is unchanged. A rating's grade, its common grade and its framework are answered from
 * here (the GraphQL fields and the rules alike), so a list of ratings costs one read however
 * it is asked for.
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

type ScaledGrade = RatingGrade & { commonGrade: CommonGrade };

/**
 * Gives ratings read with scalars only their grade (with its common grade) and framework, as
 * an include of both would have, from the scales.
 */
export async function scaled(ctx: Context) {
  const scales = ratingScales(ctx);
  const [grades, frameworks, common] = await Promise.all([
    scales.grades(),
    scales.frameworks(),
    scales.commonGrades(),
  ]);
  return <R extends { gradeId: string; frameworkId: string }>(rating: R) => {
    const grade = grades.get(rating.gradeId)!;
    return {
      ...rating,
      grade: { ...grade, commonGrade: common.get(grade.commonGradeCode)! } as ScaledGrade,
      framework: frameworks.get(rating.frameworkId)!,
    };
  };
}
