import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type PrismaTypes from '@cjji/db/pothos-types';
import { getDatamodel } from '@cjji/db/pothos-types';
import { config } from './config.ts';
import type { Context } from './context.ts';
import InputSafetyPlugin from './input-safety.ts';
import { inWords } from './validation-words.ts';
import {
  AccessDeniedError,
  ConflictError,
  DomainError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
} from './errors.ts';
import { actionPlanScopes, type ActionPlanScopes } from './modules/access/action-plan.scopes.ts';
import { escalationScopes, type EscalationScopes } from './modules/access/escalation.scopes.ts';
import { inspectionScopes, type InspectionScopes } from './modules/access/inspection.scopes.ts';
import {
  organisationScopes,
  type OrganisationScopes,
} from './modules/access/organisation.scopes.ts';
import { ratingScopes, type RatingScopes } from './modules/access/rating.scopes.ts';
import {
  recommendationScopes,
  type RecommendationScopes,
} from './modules/access/recommendation.scopes.ts';
import {
  proposedInspectionScopes,
  type ProposedInspectionScopes,
} from './modules/access/proposed-inspection.scopes.ts';
import { actionWords } from './modules/shared/words.ts';

/** The scopes fields and mutations name in `authScopes`: each type's own, combined. */
type AuthScopes = OrganisationScopes &
  InspectionScopes &
  RatingScopes &
  ActionPlanScopes &
  RecommendationScopes &
  EscalationScopes &
  ProposedInspectionScopes;

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: {
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
  AuthScopes: AuthScopes;
}>({
  // Relay before scope auth, scope auth before the rest: a refused request runs no resolver and
  // no validation. Errors before validation, so that bad input comes back in the mutation's
  // result union. Input safety inside errors too: control characters, huge lists and database
  // failures about the request (taken unique keys, missing references) come back typed.
  plugins: [
    RelayPlugin,
    ScopeAuthPlugin,
    ErrorsPlugin,
    InputSafetyPlugin,
    PrismaPlugin,
    ValidationPlugin,
  ],
  scopeAuth: {
    authScopes: (ctx) => ({
      ...organisationScopes(ctx),
      ...inspectionScopes(ctx),
      ...ratingScopes(ctx),
      ...actionPlanScopes(ctx),
      ...recommendationScopes(ctx),
      ...escalationScopes(ctx),
      ...proposedInspectionScopes(ctx),
    }),
    // A type's scopes are checked once for each object returned, not once for each of its fields.
    runScopesOnType: true,
    // A field's own scopes refuse plainly. A record refused by its type's scopes (a draft plan
    // reached through `node`, say) is answered as not found, so its existence stays hidden.
    unauthorizedError: (_parent, ctx, info) =>
      fieldDeclaresScopes(info.parentType.getFields()[info.fieldName]?.extensions)
        ? new AccessDeniedError(!!ctx.viewer, describeField(info.parentType.name, info.fieldName))
        : new DomainError('NOT_FOUND', 'There is no record with that id.'),
  },
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: config().production ? null : 'warn',
  },
  errors: {
    // Every mutation that lists `errors: {}` answers these as typed results, not GraphQL errors.
    defaultTypes: [InvalidInputError, NotFoundError, InvalidStateError, ConflictError],
    // Argument validation runs before the resolver; without this its failures would be
    // GraphQL errors rather than InputError results. Its messages reveal no stored data.
    unsafelyHandleInputErrors: true,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Written in modules/access/node.queries.ts: every id that names nothing visible is NOT_FOUND.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
  validation: {
    validationError: (result) =>
      new InvalidInputError(
        result.issues.map((issue) => {
          const field = (issue.path ?? []).map((segment) =>
            String(typeof segment === 'object' ? segment.key : segment),
          );
          return { field, message: inWords(issue.message, field) };
        }),
      ),
  },
});

builder.queryType({});
builder.mutationType({});

/** What was refused, in words: "reschedule phase" for a mutation, "see audit events" for a query. */
function describeField(parentType: string, field: string): string {
  if (parentType === 'Mutation') return actionWords(field);
  return `see ${field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`;
}

function fieldDeclaresScopes(extensions: Record<string, unknown> | undefined | null): boolean {
  return !!(extensions?.pothosOptions as { authScopes?: unknown } | undefined)?.authScopes;
}
