/**
 * `node` and `nodes`, written here rather than left to the Relay plugin so that an id names a
 * record the viewer may see or answers NOT_FOUND, whatever the reason: malformed, of a type that
 * is not a node, of a record that does not exist, or of one the viewer may not see (that last
 * refusal comes from the type's own rule, access/visibility.ts, as for every other path).
 */
import { resolveNodes } from '@pothos/plugin-relay';
import { isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { builder } from '../../builder.ts';
import { DomainError } from '../../errors.ts';
import { decodeId, typenameOf } from '../shared/ids.ts';

/** The answer to every id that names nothing the viewer may see. */
const noSuchRecord = () => new DomainError('NOT_FOUND', 'There is no record with that id.');

/** The typename and database id a global id names, if it names a node type at all. */
function nodeIdOf(globalId: string, schema: GraphQLSchema) {
  const typename = typenameOf(globalId);
  const type = typename ? schema.getType(typename) : undefined;
  const isNode =
    isObjectType(type) &&
    type.getInterfaces().some((face) => isInterfaceType(face) && face.name === 'Node');
  const id = isNode ? decodeId(typename!, globalId) : null;
  return id ? { typename: typename!, id } : null;
}

/** Prisma's "no such row", from a node type's loader: the same answer as any unknown id. */
const isMissingRow = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2025';

async function load(
  ctx: Parameters<typeof resolveNodes>[1],
  info: Parameters<typeof resolveNodes>[2],
  globalIds: readonly string[],
): Promise<unknown[]> {
  const parsed = globalIds.map((globalId) => nodeIdOf(globalId, info.schema));
  // One load per id, so that a missing row answers for itself and not for the whole list.
  return Promise.all(
    parsed.map(async (id) => {
      if (!id) return noSuchRecord();
      try {
        const [record] = await resolveNodes(builder, ctx, info, [id]);
        return record ?? noSuchRecord();
      } catch (error) {
        if (isMissingRow(error)) return noSuchRecord();
        throw error;
      }
    }),
  );
}

builder.queryField('node', (t) =>
  t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'The record with this global id, or NOT_FOUND if there is none you may see.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx, info) => {
      const [record] = await load(ctx, info, [args.id]);
      if (record instanceof Error) throw record;
      return record as object;
    },
  }),
);

builder.queryField('nodes', (t) =>
  t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description:
      'The records with these global ids, in order; each id that names none you may see is null with a NOT_FOUND error.',
    args: { ids: t.arg.idList({ required: true }) },
    // An Error in the list answers null at its place, with its own error, and leaves the rest.
    resolve: (_root, args, ctx, info) => load(ctx, info, args.ids) as Promise<object[]>,
  }),
);
