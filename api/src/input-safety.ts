/**
 * Two checks every field gets, so that no resolver has to remember them:
 * - before it runs, its arguments are read for what no form sends and the database cannot keep
 *   (control characters such as NUL, text that is not well-formed Unicode, lists longer than
 *   any real request), each problem answered as an input error on its field;
 * - after, a database failure about the request (a unique key taken by someone else a moment
 *   earlier, a record referred to that does not exist) becomes the expected error it stands
 *   for (see database-errors.ts) rather than an internal error.
 * Both run inside the errors plugin, so a mutation answers them in its result union.
 */
import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { InvalidInputError, type FieldIssue } from './errors.ts';
import { fromDatabaseFailure } from './database-errors.ts';

/** More items than any list a person can send from the web app; `nodes` and filters included. */
const maxListLength = 1_000;

// C0 controls but tab, newline and carriage return (text areas send those), and DEL.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Every problem with the raw shape of the arguments, with the path of each. */
function argumentProblems(value: unknown, path: string[], issues: FieldIssue[] = []) {
  if (typeof value === 'string') {
    if (controlCharacters.test(value) || !value.isWellFormed())
      issues.push({
        field: path,
        message:
          'Remove the control characters (such as NUL) from this text: it can only hold printable characters, tabs and new lines.',
      });
  } else if (Array.isArray(value)) {
    if (value.length > maxListLength)
      issues.push({
        field: path,
        message: `Send at most ${maxListLength.toLocaleString('en-GB')} items in this list (this one has ${value.length.toLocaleString('en-GB')}).`,
      });
    else value.forEach((item, index) => argumentProblems(item, [...path, String(index)], issues));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) argumentProblems(item, [...path, key], issues);
  }
  return issues;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  !!value && typeof (value as { then?: unknown }).then === 'function';

class InputSafetyPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const hasArgs = Object.keys(fieldConfig.args).length > 0;
    const isRoot = ['Query', 'Mutation'].includes(fieldConfig.parentType);
    // A plain field of an object (most of every answer) has neither: leave it unwrapped.
    if (!hasArgs && !isRoot) return resolver;
    return (parent, args, context, info) => {
      if (hasArgs) {
        const issues = argumentProblems(args, []);
        if (issues.length) throw new InvalidInputError(issues);
      }
      let result: unknown;
      try {
        result = resolver(parent, args, context, info);
      } catch (error) {
        throw fromDatabaseFailure(error, args);
      }
      return isThenable(result)
        ? Promise.resolve(result).catch((error: unknown) => {
            throw fromDatabaseFailure(error, args);
          })
        : result;
    };
  }
}

const pluginName = 'inputSafety';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how Pothos plugins declare their options
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      inputSafety: InputSafetyPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, InputSafetyPlugin);

export default pluginName;
