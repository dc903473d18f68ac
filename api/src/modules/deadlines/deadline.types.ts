/** The deadlines list in the schema: its types and the `deadlines` query. */
import { builder } from '../../builder.ts';
import { globalIdOf } from '../shared/ids.ts';
import { collectDeadlines, ownerTypename, type Deadline } from './deadline.list.ts';
import type { OrganisationKind } from './work.rules.ts';

export const DeadlineKindEnum = builder.enumType('DeadlineKind', {
  values: {
    RECOMMENDATION_RESPONSE: { description: 'An addressee’s answer to a recommendation.' },
    URGENT_NOTIFICATION_RESPONSE: {
      description: 'The Secretary of State’s public response to an Urgent Notification.',
    },
    ACTION_PLAN_OWED: {
      description: 'An agency rated at or below requires improvement with no plan under way.',
    },
    ACTION_PLAN_TO_REVIEW: { description: 'A submitted plan awaiting the inspectorate.' },
    ACTION_PLAN_TO_LAY: {
      description:
        'An accepted plan awaiting laying before Parliament by the responsible minister.',
    },
    ACTION_PLAN_TO_PUBLISH: {
      description: 'A laid police force plan awaiting publication by its local policing body.',
    },
    CONSULTATION_CLOSES: {
      description: 'A proposed programme’s consultation, to close on its closing date.',
    },
    PROGRAMME_DIRECTED: {
      description:
        'A direction of timing in force: a programme covering it to be agreed by the date directed.',
    },
  } as const,
});

const OrganisationKindEnum = builder.enumType('OrganisationKind', {
  values: [
    'AGENCY',
    'MINISTER',
    'INSPECTORATE',
    'LOCAL_POLICING_BODY',
  ] as const satisfies readonly OrganisationKind[],
});

export const DeadlineRef = builder.objectRef<Deadline>('Deadline').implement({
  fields: (t) => ({
    kind: t.field({ type: DeadlineKindEnum, resolve: (d) => d.kind }),
    title: t.exposeString('title'),
    owner: t.exposeString('owner', {
      description: 'Who must act: an agency, a minister, an inspectorate or a local policing body.',
    }),
    agencyName: t.exposeString('agencyName'),
    dueOn: t.field({ type: 'Date', nullable: true, resolve: (d) => d.dueOn }),
    since: t.field({ type: 'Date', resolve: (d) => d.since }),
    overdue: t.exposeBoolean('overdue'),
    subjectId: t.exposeID('subjectId', {
      description: 'The global id of the plan, response or escalation.',
    }),
    ownerKind: t.field({
      type: OrganisationKindEnum,
      nullable: true,
      description: 'What kind of organisation must act.',
      resolve: (d) => d.ownerOrganisation?.kind ?? null,
    }),
    ownerId: t.id({
      nullable: true,
      description:
        'The global id of the agency, minister, inspectorate or local policing body that must act; null when none is on record.',
      resolve: (d) =>
        d.ownerOrganisation
          ? globalIdOf(ownerTypename[d.ownerOrganisation.kind], d.ownerOrganisation.id)
          : null,
    }),
  }),
});

builder.queryField('deadlines', (t) =>
  t.field({
    type: [DeadlineRef],
    authScopes: { signedIn: true },
    description:
      'Everything due across the system: statutory responses with their dates, and plans waiting on someone. Overdue items are marked.',
    args: {
      owner: t.arg.string({ required: false, description: 'Only this owner’s items.' }),
      overdueOnly: t.arg.boolean({ required: false }),
    },
    resolve: async (_root, args, ctx) =>
      (await collectDeadlines(ctx)).filter(
        (d) => (!args.owner || d.owner === args.owner) && (!args.overdueOnly || d.overdue),
      ),
  }),
);
