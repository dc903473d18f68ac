/** Argon2id through a maintained Rust binding, with its defaults (19 MiB, 2 passes: OWASP's minimum). */
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';

export const hashPassword = (password: string) => hash(password);

export async function passwordMatches(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  // Verify against a real hash even for unknown accounts, so the answer takes as long either way.
  return verify(passwordHash ?? dummyHash, password).catch(() => false);
}

const dummyHash = await hash('not a password anyone has');

/** NCSC's advice: length over complexity rules. */
export const newPassword = z
  .string()
  .min(12, 'Choose a password of at least 12 characters: three random words work well.')
  .max(256, 'A password can be at most 256 characters.');
