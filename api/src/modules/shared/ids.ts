import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { InvalidInputError } from '../../errors.ts';

const uuid = z.uuid();

/** Reads a global id of the given type, refusing ids that are malformed or of another type. */
export function idOf(typename: string, globalId: string, field: string[] = ['id']): string {
  const noun = typename.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const article = /^[aeiou]/.test(noun) ? 'an' : 'a';
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    decoded = undefined;
  }
  if (!decoded || decoded.typename !== typename || !uuid.safeParse(decoded.id).success) {
    throw new InvalidInputError(field, `"${globalId}" is not ${article} ${noun} id.`);
  }
  return decoded.id;
}

export const globalIdOf = (typename: string, id: string) => encodeGlobalID(typename, id);
