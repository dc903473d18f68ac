/** Expected failures as GraphQL types, so a form can show each message beside its field. */
import { builder } from './builder.ts';
import {
  ConflictError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
  RateLimitedError,
  type FieldIssue,
} from './errors.ts';

const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'Something the request asked for could not be done; the message says why.',
  fields: (t) => ({ message: t.exposeString('message') }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'A problem with one input field.',
  fields: (t) => ({
    field: t.exposeStringList('field', {
      description: 'The path to the field, e.g. ["input", "endsOn"].',
    }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(InvalidInputError, {
  name: 'InputError',
  description: 'The input has one or more problems, each tied to its field. Nothing was saved.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ issues: t.field({ type: [FieldIssueRef], resolve: (error) => error.issues }) }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  fields: () => ({}),
});

builder.objectType(InvalidStateError, {
  name: 'InvalidStateError',
  description: 'The record is not in a state that allows this change. Nothing was saved.',
  interfaces: [ErrorInterface],
  fields: () => ({}),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description: 'Someone else changed the record since it was read. Nothing was saved.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.stringList({
      nullable: true,
      description:
        'The path to the field it is about: ["input", "expectedVersion"] when the record changed ' +
        'after it was read, or the field whose value another record already has.',
      resolve: (error) => error.field ?? null,
    }),
  }),
});

builder.objectType(RateLimitedError, {
  name: 'RateLimitedError',
  description: 'Too many attempts in a short time. Nothing was done; try again after the wait.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ retryAfterSeconds: t.exposeInt('retryAfterSeconds') }),
});
