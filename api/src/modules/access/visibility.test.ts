import { describe, expect, it } from 'vitest';
import type { Context } from '../../context.ts';
import type { Viewer } from './viewer.ts';
import {
  maySee,
  maySeeRow,
  maySeeWithParent,
  rememberVisibility,
  visibleWhere,
} from './visibility.ts';

/** Enough of Prisma's filter language to read the filters these rules write over one row. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Prisma's filters are untyped JSON here
function matches(where: Record<string, any>, row: Record<string, any>): boolean {
  return Object.entries(where).every(([key, condition]) => {
    if (key === 'AND') return condition.every((part: object) => matches(part, row));
    if (key === 'OR') return condition.some((part: object) => matches(part, row));
    const value = row[key];
    if (condition === null || typeof condition !== 'object' || condition instanceof Date)
      return value === condition;
    if ('in' in condition) return condition.in.includes(value);
    if ('lte' in condition) return value <= condition.lte;
    if ('hasSome' in condition)
      return condition.hasSome.some((id: string) => (value as string[]).includes(id));
    throw new Error(`This test cannot read ${JSON.stringify({ [key]: condition })}`);
  });
}

const as = (userId: string | null, roles: Viewer['roles']): Viewer => ({
  userId,
  name: 'Someone',
  email: 'someone@example.test',
  sessionId: null,
  roles,
});
const viewers: Record<string, Viewer | null> = {
  public: null,
  administrator: as('admin', [{ role: 'ADMINISTRATOR' }]),
  'lead of HMICFRS': as('lead', [{ role: 'INSPECTORATE_LEAD', inspectorateId: 'hmicfrs' }]),
  'planner of HMICFRS': as('planner', [
    { role: 'INSPECTORATE_PLANNER', inspectorateId: 'hmicfrs' },
  ]),
  'editor at Kent': as('editor', [{ role: 'AGENCY_EDITOR', agencyId: 'kent' }]),
};
const contextOf = (viewer: Viewer | null) =>
  ({ viewer, now: () => new Date('2026-11-25T00:30:00Z'), cache: new Map() }) as Context;

const rows = {
  Programme: [{ status: 'DRAFT' }, { status: 'AGREED' }, { status: 'PUBLISHED' }],
  Recommendation: [
    { publishedOn: new Date('2026-11-25') },
    { publishedOn: new Date('2026-11-26') },
    { publishedOn: new Date('2026-01-01') },
  ],
  RecommendationResponse: [{ id: 'r' }],
  Escalation: [{ id: 'e' }],
  RatingImport: [
    { inspectorateIds: ['hmicfrs'] },
    { inspectorateIds: ['prisons'] },
    { inspectorateIds: [] },
  ],
  User: [{ id: 'lead' }, { id: 'editor' }, { id: 'someone else' }],
  Reminder: [
    { id: 'a', userId: 'lead' },
    { id: 'b', userId: 'editor' },
  ],
} as const;

describe('each visibility rule, as a row function and as a database filter', () => {
  for (const [type, examples] of Object.entries(rows))
    it(`agree for ${type}, for every viewer`, () => {
      for (const [name, viewer] of Object.entries(viewers)) {
        const ctx = contextOf(viewer);
        const where = (visibleWhere as Record<string, (ctx: Context) => object>)[type]!(ctx);
        for (const row of examples) {
          const byRow = (maySeeRow as Record<string, (ctx: Context, row: object) => boolean>)[
            type
          ]!(ctx, row);
          expect(matches(where, row), `${type} ${JSON.stringify(row)} to ${name}`).toBe(byRow);
        }
      }
    });

  it('hides drafts of programmes from the public and agencies, not from those who plan', () => {
    const draft = { status: 'DRAFT' as const };
    expect(maySeeRow.Programme(contextOf(null), draft)).toBe(false);
    expect(maySeeRow.Programme(contextOf(viewers['editor at Kent']!), draft)).toBe(false);
    expect(maySeeRow.Programme(contextOf(viewers['planner of HMICFRS']!), draft)).toBe(true);
  });

  it('shows the public a recommendation from the UK day its report is published', () => {
    const today = { publishedOn: new Date('2026-11-25') };
    const tomorrow = { publishedOn: new Date('2026-11-26') };
    expect(maySeeRow.Recommendation(contextOf(null), today)).toBe(true);
    expect(maySeeRow.Recommendation(contextOf(null), tomorrow)).toBe(false);
    expect(maySeeRow.Recommendation(contextOf(viewers['editor at Kent']!), tomorrow)).toBe(true);
  });

  it('keeps a ratings file to its own inspectorate’s leads', () => {
    const lead = contextOf(viewers['lead of HMICFRS']!);
    expect(maySeeRow.RatingImport(lead, { inspectorateIds: ['hmicfrs'] })).toBe(true);
    expect(maySeeRow.RatingImport(lead, { inspectorateIds: ['prisons'] })).toBe(false);
    expect(
      maySeeRow.RatingImport(contextOf(viewers['planner of HMICFRS']!), {
        inspectorateIds: ['hmicfrs'],
      }),
    ).toBe(false);
  });
});

describe('checking records whose parent decides', () => {
  it('asks the database once per type however many records are checked together', async () => {
    const asked: string[][] = [];
    const ctx = {
      ...contextOf(null),
      prisma: {
        planAction: {
          findMany: async ({ where }: { where: { id: { in: string[] } } }) => {
            asked.push(where.id.in);
            return where.id.in.filter((id) => id !== 'hidden').map((id) => ({ id }));
          },
        },
      },
    } as unknown as Context;
    const answers = await Promise.all(
      ['a', 'b', 'hidden', 'a'].map((id) => maySee(ctx, 'PlanAction', id)),
    );
    expect(answers).toEqual([true, true, false, true]);
    expect(asked).toEqual([['a', 'b', 'hidden']]);
  });

  it('answers a plan’s actions and their progress by the plan’s own answer, without a query', async () => {
    const asked: string[] = [];
    const ask =
      (type: string) =>
      async ({ where }: { where: { id: { in: string[] } } }) => {
        asked.push(type);
        return where.id.in.filter((id) => id !== 'draft').map((id) => ({ id }));
      };
    const ctx = {
      ...contextOf(null),
      prisma: { actionPlan: { findMany: ask('plan') }, planAction: { findMany: ask('action') } },
    } as unknown as Context;
    // The plan's own check (its row) has run in this request: published, so seen.
    rememberVisibility(ctx, 'ActionPlan', 'published', true);
    const action = { type: 'PlanAction', id: 'act-1' } as const;
    expect(await maySeeWithParent(ctx, action, { type: 'ActionPlan', id: 'published' })).toBe(true);
    const progress = { type: 'ActionProgress', id: 'note-1' } as const;
    expect(await maySeeWithParent(ctx, progress, { type: 'PlanAction', id: 'act-1' })).toBe(true);
    expect(asked).toEqual([]);

    // An action reached alone (`node`) is asked as its plan, and hidden with a draft plan.
    const alone = { type: 'PlanAction', id: 'act-2' } as const;
    expect(await maySeeWithParent(ctx, alone, { type: 'ActionPlan', id: 'draft' })).toBe(false);
    expect(asked).toEqual(['plan']);
    expect(await maySee(ctx, 'PlanAction', 'act-2')).toBe(false);
    expect(asked).toEqual(['plan']);
  });

  it('needs no query when the viewer sees every record of the type', () => {
    const admin = { ...contextOf(viewers.administrator!), prisma: {} } as unknown as Context;
    expect(maySee(admin, 'PlanAction', 'any')).toBe(true);
    const nobody = { ...contextOf(null), prisma: {} } as unknown as Context;
    expect(maySee(nobody, 'RatingImport', 'any')).toBe(false);
  });
});
