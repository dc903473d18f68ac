/**
 * Signing in and out, and administrators' management of accounts and roles. Every change is
 * audited in its own transaction; passwords are never stored or audited, only their hashes.
 */
import type { Prisma } from '@cjji/db';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import {
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
  RateLimitedError,
} from '../../errors.ts';
import { audit } from '../shared/audit.ts';
import { changeVersioned, inMutation } from '../shared/mutation.ts';
import { idOf, selectionOf, typenameOf } from '../shared/ids.ts';
import { organisationTypeOfRole, RoleEnum, UserRef } from './account.types.ts';
import { hashPassword, newPassword, passwordMatches } from './passwords.ts';
import { endSession, startSession } from './sessions.ts';
import { signInThrottle, waitMessage } from './throttle.ts';
import { organisationOfRole, roleWords, type Role } from './viewer.ts';

const email = z
  .string()
  .trim()
  .toLowerCase()
  .email('Enter an email address like name@example.gov.uk.')
  .max(320);

/** What an account looks like in the audit trail: never its password hash. */
const auditable = <T extends { passwordHash?: string | null }>({ passwordHash, ...user }: T) => ({
  ...user,
  hasPassword: !!passwordHash,
});

export const SignedInRef = builder
  .objectRef<{ token: string; expiresAt: Date; userId: string }>('SignedIn')
  .implement({
    description:
      'A new session. The web app keeps the token in an HttpOnly cookie and sends it as a bearer token.',
    fields: (t) => ({
      token: t.exposeString('token'),
      expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
      viewer: t.prismaField({
        type: UserRef,
        resolve: (query, session, _args, ctx) => {
          // The request itself was made without a session; the account it just signed in may read itself.
          ctx.signedInJustNow = session.userId;
          return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: session.userId } });
        },
      }),
    }),
  });

const SignInInput = builder.inputType('SignInInput', {
  fields: (t) => ({
    email: t.string({ required: true, validate: email }),
    password: t.string({
      required: true,
      validate: z.string().min(1, 'Enter your password.').max(256),
    }),
  }),
});

builder.mutationField('signIn', (t) =>
  t.field({
    type: SignedInRef,
    description:
      'Signs in with an email address and password. After 5 failures in 15 minutes the account waits 15 minutes; so does an address after 30.',
    errors: { types: [InvalidInputError, RateLimitedError] },
    args: { input: t.arg({ type: SignInInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const address = input.email.trim().toLowerCase();
      const throttle = signInThrottle(ctx.prisma);
      const wait = await throttle.attempt(address, ctx.clientAddress);
      if (wait > 0) throw new RateLimitedError(waitMessage('failed sign-ins', wait), wait);
      const user = await ctx.prisma.user.findUnique({ where: { email: address } });
      const matches = await passwordMatches(user?.passwordHash ?? null, input.password);
      if (!user || !matches || user.disabledAt) {
        // One message whatever was wrong, so that sign-in does not reveal which accounts exist.
        throw new InvalidInputError(
          ['input', 'password'],
          'The email address or password is not right, or the account is disabled.',
        );
      }
      await throttle.succeeded(address, ctx.clientAddress);
      return ctx.prisma.$transaction(async (tx) => {
        const session = await startSession(tx, user.id, 'password', ctx.now());
        await audit(
          tx,
          {
            ...ctx,
            actor: user.name,
            viewer: {
              userId: user.id,
              name: user.name,
              email: user.email,
              sessionId: null,
              roles: [],
            },
          },
          { action: 'signIn', entityType: 'User', entityId: user.id },
        );
        return { ...session, userId: user.id };
      });
    },
  }),
);

builder.mutationField('signOut', (t) =>
  t.boolean({
    description: 'Ends the current session. True if there was one.',
    resolve: async (_root, _args, ctx, info) => {
      const sessionId = ctx.viewer?.sessionId;
      if (!sessionId || !ctx.viewer?.userId) return false;
      await inMutation(ctx, info, async ({ tx, audit }) => {
        await endSession(tx, sessionId, ctx.now());
        await audit('User', ctx.viewer!.userId!, {});
      });
      return true;
    },
  }),
);

const RoleGrantInput = builder.inputType('RoleGrantInput', {
  fields: (t) => ({
    role: t.field({ type: RoleEnum, required: true }),
    organisationId: t.id({
      required: false,
      description:
        'The inspectorate, agency, local policing body or minister; none for an administrator.',
    }),
  }),
});

/** Checks that the role names an organisation of the right kind, and that it exists. */
async function roleData(
  tx: Prisma.TransactionClient,
  grant: { role: Role; organisationId?: string | null },
  field: string[],
) {
  const key = organisationOfRole[grant.role];
  const type = organisationTypeOfRole[grant.role];
  if (!key || !type) {
    if (grant.organisationId)
      throw new InvalidInputError(
        [...field, 'organisationId'],
        'An administrator’s role is not tied to an organisation.',
      );
    return { role: grant.role };
  }
  if (!grant.organisationId)
    throw new InvalidInputError(
      [...field, 'organisationId'],
      `Choose the organisation the ${roleWords[grant.role].toLowerCase()} works for.`,
    );
  const noun = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (!grant.organisationId.length || typenameOf(grant.organisationId) !== type) {
    throw new InvalidInputError(
      [...field, 'organisationId'],
      `${roleWords[grant.role]}s work for ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}: choose one.`,
    );
  }
  const id = idOf(type, grant.organisationId, [...field, 'organisationId']);
  const where = { where: { id }, select: { id: true } };
  const found = await {
    Inspectorate: () => tx.inspectorate.findUnique(where),
    Agency: () => tx.agency.findUnique(where),
    LocalPolicingBody: () => tx.localPolicingBody.findUnique(where),
    Minister: () => tx.minister.findUnique(where),
  }[type as 'Agency']();
  if (!found) throw new NotFoundError(noun, grant.organisationId);
  return { role: grant.role, [key]: id };
}

const CreateAccountInput = builder.inputType('CreateAccountInput', {
  fields: (t) => ({
    email: t.string({ required: true, validate: email }),
    name: t.string({
      required: true,
      validate: z.string().trim().min(2, 'Enter the person’s name.').max(200),
    }),
    password: t.string({
      required: false,
      description: 'Leave out for an account that signs in only through the identity provider.',
      validate: newPassword.optional(),
    }),
    roles: t.field({
      type: [RoleGrantInput],
      required: true,
      validate: z.array(z.any()).max(20, 'Give at most 20 roles at once.'),
    }),
  }),
});

builder.mutationField('createAccount', (t) =>
  t.prismaField({
    type: UserRef,
    description: 'Creates an account with its roles.',
    errors: {},
    authScopes: { administrator: true },
    args: { input: t.arg({ type: CreateAccountInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const address = input.email.trim().toLowerCase();
      const passwordHash = input.password ? await hashPassword(input.password) : null;
      const id = await inMutation(ctx, info, async ({ tx, audit }) => {
        if (await tx.user.findUnique({ where: { email: address }, select: { id: true } })) {
          throw new InvalidInputError(
            ['input', 'email'],
            `There is already an account for ${address}.`,
          );
        }
        const roles = [];
        for (const [index, grant] of input.roles.entries())
          roles.push({
            ...(await roleData(tx, grant, ['input', 'roles', String(index)])),
            grantedBy: ctx.actor,
          });
        const user = await tx.user.create({
          data: {
            email: address,
            name: input.name.trim(),
            passwordHash,
            createdBy: ctx.actor,
            roles: { create: roles },
          },
          include: { roles: true },
        });
        await audit('User', user.id, { after: auditable(user) });
        return user.id;
      });
      return ctx.prisma.user.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const GrantRoleInput = builder.inputType('GrantRoleInput', {
  fields: (t) => ({
    userId: t.id({ required: true }),
    role: t.field({ type: RoleEnum, required: true }),
    organisationId: t.id({ required: false }),
  }),
});

builder.mutationField('grantRole', (t) =>
  t.prismaField({
    type: UserRef,
    errors: {},
    authScopes: { administrator: true },
    args: { input: t.arg({ type: GrantRoleInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const userId = idOf('User', input.userId, ['input', 'userId']);
      await inMutation(ctx, info, async ({ tx, audit }) => {
        if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } })))
          throw new NotFoundError('account', input.userId);
        const data = await roleData(tx, input, ['input']);
        if (
          await tx.roleAssignment.findFirst({
            where: { userId, endedAt: null, ...data },
            select: { id: true },
          })
        ) {
          throw new InvalidStateError('The person already holds that role in that organisation.', [
            'input',
            'role',
          ]);
        }
        const grant = await tx.roleAssignment.create({
          data: { ...data, userId, grantedBy: ctx.actor },
        });
        await audit('User', userId, { after: grant });
      });
      return ctx.prisma.user.findUniqueOrThrow({ ...selectionOf(query), where: { id: userId } });
    },
  }),
);

builder.mutationField('endRole', (t) =>
  t.prismaField({
    type: UserRef,
    description: 'Ends a role. It stays on record with who ended it and when.',
    errors: {},
    authScopes: { administrator: true },
    args: {
      roleAssignmentId: t.arg.id({ required: true }),
      expectedVersion: t.arg.int({
        required: true,
        description: 'The role’s version when it was read.',
      }),
    },
    resolve: async (query, _root, args, ctx, info) => {
      const parsed = z.uuid().safeParse(args.roleAssignmentId);
      if (!parsed.success)
        throw new InvalidInputError(
          ['roleAssignmentId'],
          `"${args.roleAssignmentId}" is not a role assignment id.`,
        );
      const grant = await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          what: 'role',
          entityType: 'RoleAssignment',
          id: parsed.data,
          globalId: args.roleAssignmentId,
          expectedVersion: args.expectedVersion,
          read: (tx) => tx.roleAssignment.findUnique({ where: { id: parsed.data } }),
          // Ending is the one change a role can have: the role itself says who made it.
          lastChange: async (_tx, grant) =>
            grant.endedAt && grant.endedBy
              ? { by: grant.endedBy, at: grant.endedAt, fields: ['ended'] }
              : null,
          rules: (grant) => {
            if (grant.endedAt) throw new InvalidStateError('That role has already ended.');
          },
          write: (tx, grant) =>
            tx.roleAssignment.updateMany({
              where: { id: grant.id, version: grant.version },
              data: { endedAt: ctx.now(), endedBy: ctx.actor, version: { increment: 1 } },
            }),
          audited: async (grant, tx) => ({
            before: grant,
            after: await tx.roleAssignment.findUniqueOrThrow({ where: { id: grant.id } }),
          }),
          auditedAs: (grant) => ({ entityType: 'User', id: grant.userId }),
        }),
      );
      const userId = grant.userId;
      return ctx.prisma.user.findUniqueOrThrow({ ...selectionOf(query), where: { id: userId } });
    },
  }),
);

const UpdateAccountInput = builder.inputType('UpdateAccountInput', {
  fields: (t) => ({
    userId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    name: t.string({
      required: true,
      validate: z.string().trim().min(2, 'Enter the person’s name.').max(200),
    }),
    disabled: t.boolean({
      required: true,
      description: 'A disabled account cannot sign in, and its sessions end at once.',
    }),
    newPassword: t.string({ required: false, validate: newPassword.optional() }),
  }),
});

builder.mutationField('updateAccount', (t) =>
  t.prismaField({
    type: UserRef,
    description: 'Renames, disables, enables or sets a new password for an account.',
    errors: {},
    authScopes: { administrator: true },
    args: { input: t.arg({ type: UpdateAccountInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const userId = idOf('User', input.userId, ['input', 'userId']);
      if (input.disabled && userId === ctx.viewer?.userId)
        throw new InvalidInputError(['input', 'disabled'], 'You cannot disable your own account.');
      const passwordHash = input.newPassword ? await hashPassword(input.newPassword) : undefined;
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          what: 'account',
          entityType: 'User',
          id: userId,
          globalId: input.userId,
          expectedVersion: input.expectedVersion,
          read: (tx) => tx.user.findUnique({ where: { id: userId } }),
          write: (tx, before) =>
            tx.user.updateMany({
              where: { id: userId, version: before.version },
              data: {
                name: input.name.trim(),
                disabledAt: input.disabled ? (before.disabledAt ?? ctx.now()) : null,
                passwordHash,
                version: { increment: 1 },
              },
            }),
          // A disabled account or a new password ends every session the account had.
          alsoWrite: async (tx) => {
            if (input.disabled || passwordHash)
              await tx.session.updateMany({
                where: { userId, endedAt: null },
                data: { endedAt: ctx.now() },
              });
          },
          audited: async (before, tx) => ({
            before: auditable(before),
            after: {
              ...auditable(await tx.user.findUniqueOrThrow({ where: { id: userId } })),
              passwordChanged: !!passwordHash,
            },
          }),
        }),
      );
      return ctx.prisma.user.findUniqueOrThrow({ ...selectionOf(query), where: { id: userId } });
    },
  }),
);

const ChangePasswordInput = builder.inputType('ChangePasswordInput', {
  fields: (t) => ({
    currentPassword: t.string({
      required: true,
      validate: z.string().min(1, 'Enter your current password.').max(256),
    }),
    newPassword: t.string({ required: true, validate: newPassword }),
  }),
});

builder.mutationField('changePassword', (t) =>
  t.boolean({
    description: 'Changes your own password. Your other sessions end.',
    errors: { types: [InvalidInputError, RateLimitedError] },
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: ChangePasswordInput, required: true }) },
    resolve: async (_root, { input }, ctx, info) => {
      const userId = ctx.viewer!.userId;
      const user = userId ? await ctx.prisma.user.findUnique({ where: { id: userId } }) : null;
      // Guessing the current password from a stolen session is guessing a sign-in: the same
      // limits and counts apply, before the password is checked.
      const throttle = signInThrottle(ctx.prisma);
      const wait = await throttle.attempt(user?.email ?? `user:${userId}`, ctx.clientAddress);
      if (wait > 0) throw new RateLimitedError(waitMessage('wrong passwords', wait), wait);
      if (!user || !(await passwordMatches(user.passwordHash, input.currentPassword)))
        throw new InvalidInputError(
          ['input', 'currentPassword'],
          'Your current password is not right.',
        );
      await throttle.succeeded(user.email, ctx.clientAddress);
      const passwordHash = await hashPassword(input.newPassword);
      await inMutation(ctx, info, async ({ tx, audit }) => {
        await tx.user.update({
          where: { id: user.id },
          data: { passwordHash, version: { increment: 1 } },
        });
        await tx.session.updateMany({
          where: {
            userId: user.id,
            endedAt: null,
            id: { not: ctx.viewer!.sessionId ?? undefined },
          },
          data: { endedAt: ctx.now() },
        });
        await audit('User', user.id, {});
      });
      return true;
    },
  }),
);
