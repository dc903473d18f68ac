/**
 * Every setting the API and its command-line scripts read from the environment, checked once, in
 * one place. docs/deployment.md lists them in one table; a unit test keeps the two in step.
 * A bad value stops the process at start with every problem named, rather than failing later.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();
const onOff = z.enum(['on', 'off']).default('on');

/** The environment variables, by name. Unset and empty both mean "use the default". */
const settings = z.object({
  API_PORT: port(4000),
  API_HOST: z.string().trim().min(1).default('127.0.0.1'),
  WEB_PORT: port(3000),
  DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  MIGRATION_DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  DATA_DIR: z.string().trim().min(1).default('data'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  TRUSTED_PROXIES: z
    .string()
    .default('127.0.0.1,::1,::ffff:127.0.0.1')
    .transform((value) =>
      value
        .split(',')
        .map((address) => address.trim())
        .filter(Boolean),
    ),
  REMINDERS: onOff,
  KEEP_REFERENCE_TABLES: onOff,
  API_PROCESSES: z.coerce.number().int().min(1).max(64).optional(),
  SMTP_URL: optionalText.pipe(z.url({ protocol: /^smtps?$/ }).optional()),
  MAIL_FROM: z
    .string()
    .trim()
    .min(3)
    .default('Plan and track joint inspections <no-reply@localhost>'),
  WEB_URL: optionalText.pipe(z.url().optional()),
  OIDC_ISSUER: optionalText.pipe(z.url().optional()),
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  OIDC_DISPLAY_NAME: optionalText,
  OIDC_TOKEN_AUTH_METHOD: z
    .enum(['client_secret_basic', 'client_secret_post'])
    .default('client_secret_basic'),
  OIDC_ALLOW_HTTP: z.enum(['true', 'false']).default('false'),
  ADMIN_PASSWORD: optionalText,
});

/** The names docs/deployment.md must list. */
export const settingNames = Object.keys(settings.shape) as Array<keyof typeof settings.shape>;

export type Settings = ReturnType<typeof readSettings>;

export class SettingsError extends Error {}

/** Reads and checks the environment; throws a SettingsError naming every bad variable. */
export function readSettings(env: NodeJS.ProcessEnv = process.env) {
  // Empty strings count as unset, as a shell's `VAR= command` means.
  const given = Object.fromEntries(
    settingNames.map((name) => [name, env[name] === '' ? undefined : env[name]]),
  );
  const parsed = settings.safeParse(given);
  if (!parsed.success)
    throw new SettingsError(
      `Some settings are not valid:\n${parsed.error.issues
        .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
        .join('\n')}`,
    );
  const s = parsed.data;
  if (s.MIGRATION_DATABASE_URL && !s.DATABASE_URL)
    throw new SettingsError(
      'Some settings are not valid:\n  MIGRATION_DATABASE_URL: the owner of a PostgreSQL server ' +
        'database needs DATABASE_URL, the role the API connects as, too',
    );
  if (s.API_PROCESSES && s.API_PROCESSES > 1 && !s.DATABASE_URL)
    throw new SettingsError(
      'Some settings are not valid:\n  API_PROCESSES: the embedded database serves one process; ' +
        'set DATABASE_URL to a PostgreSQL server to run more',
    );
  return {
    ...s,
    // Several processes divide the CPU of answering; the embedded database serves one. Four at
    // most by default: each holds its own pool of connections to the server.
    API_PROCESSES: s.API_PROCESSES ?? (s.DATABASE_URL ? Math.min(availableParallelism(), 4) : 1),
    DATA_DIR: resolve(s.DATA_DIR),
    WEB_URL: s.WEB_URL ?? `http://localhost:${s.WEB_PORT}`,
    production: s.NODE_ENV === 'production',
  };
}

let current: Settings | undefined;

/** This process's settings, read on first use. */
export function config(): Settings {
  current ??= readSettings();
  return current;
}
