/**
 * A checked ratings file's `changes`: what accepting it would do to each agency, read against
 * the ratings and published plans as they stand now, in four statements however long the file.
 */
import { builder } from '../../builder.ts';
import { publicPlanStatuses } from '../access/action-plan.access.ts';
import type { CheckedRow } from './rating-import.rules.ts';
import { previewChanges, type RowChange } from './rating-import.preview.ts';
import { victimsArea } from './rating.select.ts';

const MovementEnum = builder.enumType('RatingImportMovement', {
  description: 'How a row’s grade compares with the one before it.',
  values: {
    FIRST: { description: 'The agency’s first rating in this area.' },
    IMPROVED: {},
    UNCHANGED: {},
    FELL: {},
    EARLIER: {
      description: 'Older than a rating the agency has: it adds to history, the latest stays.',
    },
  } as const,
});

const PlanDutyChangeEnum = builder.enumType('PlanDutyChange', {
  description: 'What the row does to the agency’s duty to produce an action plan.',
  values: {
    STARTS: { description: 'It will owe an action plan.' },
    CONTINUES: { description: 'It owes one already, and still will.' },
    ENDS: { description: 'It will no longer owe one.' },
  } as const,
});

const RowChangeRef = builder
  .objectRef<RowChange & { agency: string }>('RatingImportChange')
  .implement({
    description: 'What saving one good row of a ratings file would change.',
    fields: (t) => ({
      line: t.exposeInt('line'),
      agency: t.exposeString('agency'),
      grade: t.exposeString('grade'),
      previousGrade: t.exposeString('previousGrade', {
        nullable: true,
        description:
          'The grade before it (none for a first rating); for an EARLIER row, the latest grade, which stays.',
      }),
      movement: t.expose('movement', { type: MovementEnum }),
      planDuty: t.expose('planDuty', {
        type: PlanDutyChangeEnum,
        nullable: true,
        description: 'Told on the row that becomes the agency’s latest victims’ rating.',
      }),
    }),
  });

builder.prismaObjectFields('RatingImport', (t) => ({
  changes: t.field({
    type: [RowChangeRef],
    description:
      'For a file still to be decided: each good row, the grade it moves the agency from and to, and what that does to its duty to produce an action plan.',
    select: { rows: true, status: true },
    resolve: async (batch, _args, ctx) => {
      if (batch.status !== 'CHECKED') return [];
      const good = (batch.rows as unknown as CheckedRow[]).flatMap((row) =>
        row.rating ? [{ line: row.line, ...row.rating }] : [],
      );
      if (!good.length) return [];
      const agencyIds = [...new Set(good.map((row) => row.agencyId))];
      const areaCodes = [...new Set(good.map((row) => row.areaCode))];
      const [grades, agencies, existing, plans] = await Promise.all([
        ctx.prisma.ratingGrade.findMany({
          where: { id: { in: [...new Set(good.map((row) => row.gradeId))] } },
          select: {
            id: true,
            label: true,
            commonGrade: { select: { rank: true, triggersActionPlan: true } },
          },
        }),
        ctx.prisma.agency.findMany({
          where: { id: { in: agencyIds } },
          select: { id: true, name: true },
        }),
        ctx.prisma.rating.findMany({
          where: { agencyId: { in: agencyIds }, areaCode: { in: areaCodes } },
          select: {
            agencyId: true,
            areaCode: true,
            ratedOn: true,
            grade: {
              select: {
                label: true,
                commonGrade: { select: { rank: true, triggersActionPlan: true } },
              },
            },
          },
        }),
        ctx.prisma.actionPlan.findMany({
          where: { agencyId: { in: agencyIds }, status: { in: publicPlanStatuses } },
          select: { agencyId: true, status: true, createdAt: true },
        }),
      ]);
      const facts = (grade: (typeof grades)[number] | (typeof existing)[number]['grade']) => ({
        label: grade.label,
        commonRank: grade.commonGrade.rank,
        triggersActionPlan: grade.commonGrade.triggersActionPlan,
      });
      const gradeById = new Map(grades.map((grade) => [grade.id, facts(grade)]));
      const names = new Map(agencies.map((agency) => [agency.id, agency.name]));
      const plansByAgency = new Map<string, typeof plans>();
      for (const plan of plans)
        plansByAgency.set(plan.agencyId, [...(plansByAgency.get(plan.agencyId) ?? []), plan]);
      const rows = good.flatMap((row) => {
        const grade = gradeById.get(row.gradeId);
        // A grade removed since the file was checked: accepting it would fail anyway.
        return grade ? [{ ...row, ratedOn: new Date(`${row.ratedOn}T00:00:00Z`), grade }] : [];
      });
      const history = existing.map((rating) => {
        const grade = facts(rating.grade);
        return {
          agencyId: rating.agencyId,
          areaCode: rating.areaCode,
          ratedOn: rating.ratedOn,
          gradeLabel: grade.label,
          commonRank: grade.commonRank,
          triggersActionPlan: grade.triggersActionPlan,
        };
      });
      return previewChanges(rows, history, plansByAgency, victimsArea).map((change) => ({
        ...change,
        agency: names.get(change.agencyId) ?? '',
      }));
    },
  }),
}));
