/**
 * The check before a step of a plan's life that cannot be undone: the web asks the plan what
 * is still wrong before it asks the person to go on anyway (action-plan.checks.rules.ts).
 */
import { builder } from '../../builder.ts';
import { ukToday } from '../shared/uk-day.ts';
import { stillWrongBefore } from './action-plan.checks.rules.ts';
import { ActionPlanStatusEnum } from './action-plan.types.ts';

builder.prismaObjectFields('ActionPlan', (t) => ({
  stillWrongBefore: t.stringList({
    description:
      'What is still wrong with the plan before it moves to this status (actions without owners, targets before the plan was opened or already passed, actions still open at closure): warnings to show before going on, never a refusal. Empty for moves that are not checked.',
    args: { move: t.arg({ type: ActionPlanStatusEnum, required: true }) },
    select: {
      createdAt: true,
      actions: {
        orderBy: { position: 'asc' },
        select: {
          owner: true,
          targetDate: true,
          status: true,
          _count: { select: { progress: true } },
        },
      },
    },
    resolve: (plan, { move }, ctx) =>
      stillWrongBefore(
        move,
        {
          openedOn: ukToday(plan.createdAt),
          actions: plan.actions.map((action) => ({
            owner: action.owner,
            targetDate: action.targetDate,
            status: action.status,
            progressCount: action._count.progress,
          })),
        },
        ukToday(ctx.now()),
      ),
  }),
}));
