import { defineConfig } from 'prisma/config';

// Only `prisma generate` is run through the CLI; migrations go through the Wasm schema
// engine (src/migrate.ts) because the native engine cannot be downloaded everywhere.
export default defineConfig({
  schema: './schema.prisma',
  migrations: { path: './migrations' },
});
