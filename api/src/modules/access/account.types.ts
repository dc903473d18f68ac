/** Accounts, their roles and the signed-in viewer, as GraphQL types. */
import { Role } from '@cjji/db';
import { builder } from '../../builder.ts';
import { globalIdOf } from '../shared/ids.ts';
import { maySeeRow } from './visibility.ts';
import { organisationOfRole, roleWords, type Role as RoleName } from './viewer.ts';

export const RoleEnum = builder.enumType(Role, {
  name: 'Role',
  description: 'What a person may do, within one organisation (administrators: everywhere).',
});

/** Which GraphQL type an organisation id of each role refers to. */
export const organisationTypeOfRole: Record<RoleName, string | null> = {
  ADMINISTRATOR: null,
  INSPECTORATE_PLANNER: 'Inspectorate',
  INSPECTORATE_LEAD: 'Inspectorate',
  AGENCY_EDITOR: 'Agency',
  AGENCY_APPROVER: 'Agency',
  POLICING_BODY_OFFICE: 'LocalPolicingBody',
  MINISTER_OFFICE: 'Minister',
};

builder.prismaObject('RoleAssignment', {
  description: 'A role held in one organisation. Ended roles are kept as history.',
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.exposeInt('version'),
    role: t.expose('role', { type: RoleEnum }),
    roleName: t.string({ resolve: (grant) => roleWords[grant.role] }),
    organisationId: t.id({
      nullable: true,
      description: 'The global id of the inspectorate, agency, local policing body or minister.',
      resolve: (grant) => {
        const key = organisationOfRole[grant.role];
        const type = organisationTypeOfRole[grant.role];
        return key && type && grant[key] ? globalIdOf(type, grant[key]!) : null;
      },
    }),
    organisationName: t.string({
      nullable: true,
      select: {
        inspectorate: { select: { name: true } },
        agency: { select: { name: true } },
        localPolicingBody: { select: { name: true } },
        minister: { select: { title: true } },
      },
      resolve: (grant) =>
        grant.inspectorate?.name ??
        grant.agency?.name ??
        grant.localPolicingBody?.name ??
        grant.minister?.title ??
        null,
    }),
    grantedAt: t.expose('grantedAt', { type: 'DateTime' }),
    grantedBy: t.exposeString('grantedBy'),
    endedAt: t.expose('endedAt', { type: 'DateTime', nullable: true }),
    endedBy: t.exposeString('endedBy', { nullable: true }),
  }),
});

export const UserRef = builder.prismaNode('User', {
  description: 'A person’s account.',
  id: { field: 'id' },
  // Administrators see every account; anyone else only their own.
  authScopes: (user, ctx) => maySeeRow.User(ctx, user),
  fields: (t) => ({
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    disabled: t.boolean({ resolve: (user) => !!user.disabledAt }),
    hasPassword: t.boolean({
      description: 'False for accounts that sign in only through the identity provider.',
      resolve: (user) => !!user.passwordHash,
    }),
    lastSignInAt: t.expose('lastSignInAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    createdBy: t.exposeString('createdBy'),
    version: t.exposeInt('version'),
    roles: t.relation('roles', {
      args: { includeEnded: t.arg.boolean({ required: false }) },
      query: (args) => ({
        where: args.includeEnded ? {} : { endedAt: null },
        orderBy: { grantedAt: 'asc' },
      }),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.prismaField({
    type: UserRef,
    nullable: true,
    description: 'The signed-in person, or null without sign-in.',
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer?.userId
        ? ctx.prisma.user.findUnique({ ...query, where: { id: ctx.viewer.userId } })
        : null,
  }),
);

builder.queryField('accounts', (t) =>
  t.prismaField({
    type: [UserRef],
    authScopes: { administrator: true },
    description: 'Every account, by name.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.user.findMany({ ...query, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
);
