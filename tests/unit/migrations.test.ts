import { pendingMigrationSql } from '@cjji/db/migrate';
import { describe, expect, it } from 'vitest';

describe('the migrations', () => {
  it('take the database all the way to schema.prisma (run `pnpm db:new-migration <name>` after changing it)', async () => {
    expect(await pendingMigrationSql()).toBe('');
  });
});
