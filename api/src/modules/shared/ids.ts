import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { InvalidInputError } from '../../errors.ts';

const uuid = z.uuid();

/** The typename a global id names, or null if it is not a global id at all. */
export function typenameOf(globalId: string): string | null {
  try {
    return decodeGlobalID(globalId).typename;
  } catch {
    return null;
  }
}

/** The database id inside a global id of the given type, or null if it is malformed or of another type. */
export function decodeId(typename: string, globalId: string): string | null {
  try {
    const decoded = decodeGlobalID(globalId);
    return decoded.typename === typename && uuid.safeParse(decoded.id).success ? decoded.id : null;
  } catch {
    return null;
  }
}

/** Reads a global id of the given type, refusing ids that are malformed or of another type. */
export function idOf(typename: string, globalId: string, field: string[] = ['id']): string {
  const id = decodeId(typename, globalId);
  if (id) return id;
  const noun = typename.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const article = /^[aeiou]/.test(noun) ? 'an' : 'a';
  throw new InvalidInputError(field, `"${globalId}" is not ${article} ${noun} id.`);
}

export const globalIdOf = (typename: string, id: string) => encodeGlobalID(typename, id);

/**
 * Pothos hands a mutation an empty `select` when the client asks only for the result's
 * `__typename`; Prisma refuses an empty select, so read the key alone in that case.
 */
export function selectionOf<Query extends { select?: object; include?: object }>(
  query: Query,
  key: Record<string, true> = { id: true },
): Query {
  // The cast is sound: nothing beyond __typename is read from the row in that case.
  return (
    query.select && Object.keys(query.select).length === 0 ? { select: key } : query
  ) as Query;
}
