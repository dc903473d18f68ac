/**
 * What the signed-in person may do to a plan now: the same access functions that authorise the
 * mutations (action-plan.access.ts), with the rules of the plan's status, so that the web shows
 * exactly the forms the API would accept.
 */
import { builder } from '../../builder.ts';
import { planParties } from '../access/action-plan.scopes.ts';
import { mayEditPlan, movesOpenTo, mayOpenPlanFor } from '../access/action-plan.access.ts';
import { agencyAbilities, type AgencyAbilities } from '../access/agency.access.ts';
import { waitingOn, type PlanParty } from '../access/action-plan.moves.ts';
import { planEditable, progressRecordable, type ActionPlanStatus } from './action-plan.rules.ts';
import { ActionPlanStatusEnum } from './action-plan.types.ts';

export const PlanPartyEnum = builder.enumType('ActionPlanParty', {
  description: 'The body that makes a move of an action plan (see the table of moves).',
  values: {
    AGENCY: { description: 'The agency: its approvers submit the plan.' },
    REVIEWING_INSPECTORATE: {
      description: 'The reviewing inspectorate: its leads return, accept, follow up and close.',
    },
    RESPONSIBLE_MINISTER: { description: 'The minister who lays the plan before Parliament.' },
    POLICING_BODY: { description: 'A police force’s local policing body, which publishes it.' },
  } as const satisfies Record<PlanParty, unknown>,
});

interface PlanViewerCan {
  saveDraft: boolean;
  recordProgress: boolean;
  moveTo: ActionPlanStatus[];
}

const PlanViewerCanRef = builder.objectRef<PlanViewerCan>('ActionPlanViewerCan').implement({
  description: 'What the signed-in person may do to the plan now.',
  fields: (t) => ({
    saveDraft: t.exposeBoolean('saveDraft', {
      description: 'saveActionPlanDraft: the agency’s editors and approvers, in draft or returned.',
    }),
    recordProgress: t.exposeBoolean('recordProgress', {
      description: 'recordActionProgress on its actions: from acceptance until it is closed.',
    }),
    moveTo: t.field({
      type: [ActionPlanStatusEnum],
      description: 'moveActionPlan: the statuses this person may move the plan to now.',
      resolve: (can) => can.moveTo,
    }),
  }),
});

builder.prismaObjectFields('ActionPlan', (t) => ({
  viewerCan: t.field({
    type: PlanViewerCanRef,
    select: { agency: { select: { kindCode: true } } },
    resolve: async (plan, _args, ctx) => {
      const editor = mayEditPlan(ctx.viewer, plan);
      return {
        saveDraft: editor && planEditable(plan.status),
        recordProgress: editor && progressRecordable(plan.status),
        moveTo: movesOpenTo(
          ctx.viewer,
          await planParties(ctx, plan),
          plan.agency.kindCode === 'POLICE_FORCE',
        ),
      };
    },
  }),
}));

builder.prismaObjectFields('ActionPlan', (t) => ({
  waitingOn: t.field({
    type: PlanPartyEnum,
    nullable: true,
    description: 'Who must make the plan’s next move; null once it is closed.',
    select: { agency: { select: { kindCode: true } } },
    resolve: (plan) =>
      waitingOn(plan.status, plan.agency.kindCode === 'POLICE_FORCE')?.party ?? null,
  }),
}));

const AgencyViewerCanRef = builder
  .objectRef<{ openActionPlan: boolean } & AgencyAbilities>('AgencyViewerCan')
  .implement({
    description: 'What the signed-in person may do for the agency.',
    fields: (t) => ({
      openActionPlan: t.exposeBoolean('openActionPlan', {
        description:
          'openActionPlan: its editors and approvers (an inspectorate reviews a plan but does not open it).',
      }),
      rename: t.exposeBoolean('rename', { description: 'renameAgency: administrators.' }),
      close: t.exposeBoolean('close', {
        description: 'closeAgency: administrators, while the agency is open.',
      }),
      reopen: t.exposeBoolean('reopen', {
        description: 'reopenAgency: administrators, while the agency is closed.',
      }),
    }),
  });

builder.prismaObjectFields('Agency', (t) => ({
  viewerCan: t.field({
    type: AgencyViewerCanRef,
    select: { closedOn: true },
    resolve: (agency, _args, ctx) => ({
      openActionPlan: mayOpenPlanFor(ctx.viewer, agency.id),
      ...agencyAbilities(ctx.viewer, agency),
    }),
  }),
}));

const PlanActionViewerCanRef = builder
  .objectRef<{ recordProgress: boolean }>('PlanActionViewerCan')
  .implement({
    description: 'What the signed-in person may do to the action now.',
    fields: (t) => ({
      recordProgress: t.exposeBoolean('recordProgress', {
        description: 'recordActionProgress: the agency’s editors and approvers, once accepted.',
      }),
    }),
  });

builder.prismaObjectFields('PlanAction', (t) => ({
  viewerCan: t.field({
    type: PlanActionViewerCanRef,
    select: { plan: { select: { status: true, agencyId: true } } },
    resolve: (action, _args, ctx) => ({
      recordProgress:
        mayEditPlan(ctx.viewer, action.plan) && progressRecordable(action.plan.status),
    }),
  }),
}));
