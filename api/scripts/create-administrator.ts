/**
 * `pnpm admin:create --email you@example.gov.uk --name "Your Name"`: creates the first
 * administrator (or another one), who then creates everyone else's accounts in the web app.
 * The password comes from ADMIN_PASSWORD, or a strong one is made and printed once.
 * On the embedded database, stop the service first: only one process can open its folder.
 */
import { migrateDatabase, createPrismaClient, openDatabase } from '@cjji/db';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { config } from '../src/config.ts';
import { hashPassword, newPassword } from '../src/modules/access/passwords.ts';

const actor = 'Command line (pnpm admin:create)';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
const email = z.string().trim().toLowerCase().email().safeParse(values.email);
const name = z.string().trim().min(2).safeParse(values.name);
if (!email.success || !name.success) {
  console.error(
    'Usage: pnpm admin:create --email you@example.gov.uk --name "Your Name"   (password from ADMIN_PASSWORD, or one is made for you)',
  );
  process.exit(2);
}
const settings = config();
const password = settings.ADMIN_PASSWORD ?? randomBytes(18).toString('base64url');
const checked = newPassword.safeParse(password);
if (!checked.success) {
  console.error(`ADMIN_PASSWORD: ${checked.error.issues[0]?.message}`);
  process.exit(2);
}

const database = await openDatabase({
  databaseUrl: settings.DATABASE_URL,
  dataDir: settings.DATA_DIR,
}).catch((error: unknown) => {
  console.error(
    `Could not open the database (${error instanceof Error ? error.message : error}). If the service is running on the embedded database, stop it first.`,
  );
  process.exit(1);
});
try {
  await migrateDatabase(database, { ownerUrl: settings.MIGRATION_DATABASE_URL });
  const prisma = createPrismaClient(database);
  try {
    const passwordHash = await hashPassword(password);
    const created = await prisma.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: email.data }, select: { id: true } }))
        return null;
      const user = await tx.user.create({
        data: {
          email: email.data,
          name: name.data,
          passwordHash,
          createdBy: actor,
          roles: { create: { role: 'ADMINISTRATOR', grantedBy: actor } },
        },
      });
      await tx.auditEvent.create({
        data: {
          actor,
          action: 'createAccount',
          entityType: 'User',
          entityId: user.id,
          after: { email: user.email, name: user.name, roles: ['ADMINISTRATOR'] },
        },
      });
      return user;
    });
    if (!created) {
      console.error(
        `There is already an account for ${email.data}. An administrator can change it in the web app (Administration → Accounts).`,
      );
      process.exitCode = 1;
    } else {
      console.log(`Created administrator ${created.name} <${created.email}>.`);
      if (!settings.ADMIN_PASSWORD)
        console.log(`Password (shown once; change it after signing in): ${password}`);
    }
  } finally {
    await prisma.$disconnect();
  }
} finally {
  await database.close();
}
