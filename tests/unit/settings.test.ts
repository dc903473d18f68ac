import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSettings, settingNames, SettingsError } from '@cjji/api/config';
import { describe, expect, it } from 'vitest';

describe('settings', () => {
  it('start from documented defaults on an empty environment', () => {
    const settings = readSettings({});
    expect(settings.API_PORT).toBe(4000);
    expect(settings.DATABASE_URL).toBeUndefined();
    expect(settings.DATA_DIR).toMatch(/\/data$/);
    expect(settings.WEB_URL).toBe('http://localhost:3000');
    expect(settings.TRUSTED_PROXIES).toEqual(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
    expect(settings.REMINDERS).toBe('on');
  });

  it('treat an empty variable as unset', () => {
    expect(readSettings({ DATABASE_URL: '', API_PORT: '' }).API_PORT).toBe(4000);
  });

  it('name every bad variable at once, before anything starts', () => {
    const read = () =>
      readSettings({ API_PORT: 'four thousand', DATABASE_URL: 'mysql://x', REMINDERS: 'maybe' });
    expect(read).toThrow(SettingsError);
    expect(read).toThrow(/API_PORT[\s\S]*DATABASE_URL[\s\S]*REMINDERS/);
  });

  it('refuse an owner for migrations without the role the API connects as', () => {
    const owner = 'postgresql://cjji_owner@db.example.test/cjji';
    expect(() => readSettings({ MIGRATION_DATABASE_URL: owner })).toThrow(
      /MIGRATION_DATABASE_URL[\s\S]*DATABASE_URL/,
    );
    const both = readSettings({
      MIGRATION_DATABASE_URL: owner,
      DATABASE_URL: 'postgresql://cjji_app@db.example.test/cjji',
    });
    expect(both.MIGRATION_DATABASE_URL).toBe(owner);
  });

  it('run one API process on the embedded database, and refuse more', () => {
    expect(readSettings({}).API_PROCESSES).toBe(1);
    expect(() => readSettings({ API_PROCESSES: '2' })).toThrow(/API_PROCESSES[\s\S]*DATABASE_URL/);
    const server = 'postgresql://cjji_app@db.example.test/cjji';
    expect(readSettings({ DATABASE_URL: server }).API_PROCESSES).toBeGreaterThanOrEqual(1);
    expect(readSettings({ DATABASE_URL: server, API_PROCESSES: '3' }).API_PROCESSES).toBe(3);
  });

  it('are each listed in the table of docs/deployment.md', () => {
    const table = readFileSync(join(import.meta.dirname, '../../docs/deployment.md'), 'utf8');
    const listed = new Set(
      [...table.matchAll(/^\| `([A-Z_]+)`(?:, `([A-Z_]+)`)?/gm)].flatMap((m) => m.slice(1)),
    );
    expect(settingNames.filter((name) => !listed.has(name))).toEqual([]);
  });
});
