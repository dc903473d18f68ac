/**
 * What the signed-in person may start from nothing (the root `viewerCan`), and do to an
 * account. Each answer calls the access function that authorises the mutation it names; the
 * per-record answers sit beside each module's types (`*.viewer-can.ts`).
 */
import { builder } from '../../builder.ts';
import { mayOpenSomePlan } from './action-plan.access.ts';
import { mayRecordSomeDirection, mayStartProgramme } from './programme.access.ts';
import { mayImportRatings, mayRateSomewhere } from './rating.access.ts';
import { mayRecordRecommendation } from './recommendation.access.ts';
import { mayRecordSomeEscalation } from './escalation.access.ts';
import { mayManageAgencies } from './agency.access.ts';
import { isAdministrator, type Viewer } from './viewer.ts';

const rootAbilities = {
  createProgramme: ['createProgramme: inspectorate planners and leads.', mayStartProgramme],
  recordDirection: [
    'recordDirection: the office of a minister who gives directions.',
    mayRecordSomeDirection,
  ],
  recordRating: ['recordRating: leads of an inspectorate that owns a framework.', mayRateSomewhere],
  importRatings: [
    'checkRatingImport and the files it makes: inspectorate leads.',
    mayImportRatings,
  ],
  openActionPlan: [
    'openActionPlan for some agency: its editors and approvers (not inspectorate leads); ask each Agency for which.',
    mayOpenSomePlan,
  ],
  recordRecommendation: [
    'recordRecommendation: inspectorate planners and leads.',
    mayRecordRecommendation,
  ],
  recordEscalation: [
    'recordEscalation for some inspectorate: its leads; ask each Inspectorate for which.',
    mayRecordSomeEscalation,
  ],
  manageAgencies: [
    'addAgency, renameAgency, closeAgency and the agency import: administrators.',
    mayManageAgencies,
  ],
  administerAccounts: [
    'createAccount, updateAccount, grantRole and endRole: administrators.',
    isAdministrator,
  ],
} as const satisfies Record<string, readonly [string, (viewer: Viewer | null) => boolean]>;

type RootAbility = keyof typeof rootAbilities;

const ViewerCanRef = builder.objectRef<{ viewer: Viewer | null }>('ViewerCan').implement({
  description:
    'What the signed-in person may start, whatever the record: the same checks as the mutations.',
  fields: (t) =>
    Object.fromEntries(
      (Object.keys(rootAbilities) as RootAbility[]).map((name) => [
        name,
        t.boolean({
          description: rootAbilities[name][0],
          resolve: ({ viewer }) => rootAbilities[name][1](viewer),
        }),
      ]),
    ),
});

builder.queryField('viewerCan', (t) =>
  t.field({
    type: ViewerCanRef,
    description: 'What the signed-in person may start; everything false for the public.',
    resolve: (_root, _args, ctx) => ({ viewer: ctx.viewer }),
  }),
);

const AccountViewerCanRef = builder
  .objectRef<{ update: boolean; grantRole: boolean; endRole: boolean }>('UserViewerCan')
  .implement({
    description: 'What the signed-in person may do to the account.',
    fields: (t) => ({
      update: t.exposeBoolean('update', { description: 'updateAccount: administrators.' }),
      grantRole: t.exposeBoolean('grantRole', { description: 'grantRole: administrators.' }),
      endRole: t.exposeBoolean('endRole', { description: 'endRole: administrators.' }),
    }),
  });

builder.prismaObjectFields('User', (t) => ({
  viewerCan: t.field({
    type: AccountViewerCanRef,
    resolve: (_user, _args, ctx) => {
      const admin = isAdministrator(ctx.viewer);
      return { update: admin, grantRole: admin, endRole: admin };
    },
  }),
}));
