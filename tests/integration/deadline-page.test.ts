/**
 * Deadlines as a list to work from: the database filters, searches, sorts and pages them, and
 * the page holds exactly the items the whole in-memory list holds, for every role, in a fixed
 * number of SQL statements however many there are.
 */
import type { RoleGrant, Viewer } from '@cjji/api/viewer';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const today = new Date('2026-11-25T10:00:00Z');
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

let db: TestDatabase;
const stops: Array<() => Promise<void>> = [];
const ids: Record<string, string> = {};

async function as(roles: RoleGrant[]): Promise<Execute> {
  const viewer: Viewer = {
    userId: null,
    name: 'Test person',
    email: 'person@example.test',
    sessionId: null,
    roles,
  };
  const server = await graphqlAgainst(db.prisma, today, viewer);
  stops.push(server.stop);
  return server.execute;
}

const fields = `kind title owner ownerKind ownerId agencyName dueOn since overdue subjectId`;
type Item = Record<string, unknown>;

async function page(execute: Execute, args = '') {
  const { data, errors } = await execute(
    `{ deadlinePage${args ? `(${args})` : ''} { totalCount overdueCount mine items { ${fields} } owners { name kind id count } } }`,
  );
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.deadlinePage as {
    totalCount: number;
    overdueCount: number;
    mine: boolean;
    items: Item[];
    owners: Array<{ name: string; kind: string; id: string; count: number }>;
  };
}

async function whole(execute: Execute): Promise<Item[]> {
  const { data, errors } = await execute(`{ deadlines { ${fields} } }`);
  expect(errors).toBeUndefined();
  return data!.deadlines as Item[];
}

const key = (item: Item) => `${item.kind}:${item.subjectId}`;

async function plan(
  agency: string,
  status: 'DRAFT' | 'SUBMITTED' | 'ACCEPTED' | 'LAID',
  title: string,
) {
  const found = await db.prisma.agency.findUniqueOrThrow({
    where: { name: agency },
    include: { kind: true },
  });
  return db.prisma.actionPlan.create({
    data: {
      agencyId: found.id,
      title,
      reason: 'INSPECTION_FINDINGS',
      reviewingInspectorateId: ids.HMICFRS!,
      summary: 'How victims will be kept informed.',
      status,
      responsibleMinisterId: found.kind.responsibleMinisterId,
      events: { create: [{ toStatus: status, by: 'Test', at: date('2026-10-05') }] },
    },
  });
}

async function recommendation(agency: string, publishedOn: string, reference: string) {
  return db.prisma.recommendation.create({
    data: {
      source: 'VICTIMS_COMMISSIONER_ANNUAL_REPORT',
      reportTitle: 'Annual report',
      publishedOn: date(publishedOn),
      reference,
      text: 'Tell victims of their rights.',
      recordedBy: 'Test',
      addressees: {
        create: [
          {
            agencyId: ids[agency]!,
            dueOn: new Date(date(publishedOn).getTime() + 56 * 86_400_000),
          },
        ],
      },
    },
  });
}

async function rate(agency: string, label: string, ratedOn: string) {
  const peel = await db.prisma.ratingFramework.findFirstOrThrow({
    where: { name: 'PEEL' },
    include: { grades: true },
  });
  await db.prisma.rating.create({
    data: {
      agencyId: ids[agency]!,
      frameworkId: peel.id,
      areaCode: 'TREATMENT_OF_VICTIMS',
      gradeId: peel.grades.find((g) => g.label === label)!.id,
      ratedOn: date(ratedOn),
      rationale: 'Test.',
      recordedBy: 'Test',
    },
  });
}

async function addRound(n: number) {
  await plan('Cumbria Constabulary', 'SUBMITTED', `Cumbria victims’ plan ${n}`);
  await plan('Durham Constabulary', 'ACCEPTED', `Durham victims’ plan ${n}`);
  await plan('Essex Police', 'LAID', `Essex victims’ plan ${n}`);
  await plan('Kent Police', 'DRAFT', `Kent draft ${n}`);
  await recommendation('Kent Police', '2026-10-01', `1.${n}`); // due 26 November 2026
  await recommendation('Kent Police', '2026-09-01', `2.${n}`); // due 27 October: overdue
  await recommendation('Avon and Somerset Constabulary', '2026-08-01', `3.${n}`);
}

beforeAll(async () => {
  db = await createTestDatabase();
  for (const inspectorate of await db.prisma.inspectorate.findMany())
    ids[inspectorate.shortName] = inspectorate.id;
  for (const minister of await db.prisma.minister.findMany()) ids[minister.title] = minister.id;
  for (const agency of await db.prisma.agency.findMany()) ids[agency.name] = agency.id;
  for (const body of await db.prisma.localPolicingBody.findMany()) ids[body.name] = body.id;
  await addRound(0);
  await db.prisma.escalation.create({
    data: {
      kind: 'URGENT_NOTIFICATION',
      agencyId: ids['HM Prison and Probation Service']!,
      inspectorateId: ids['HMI Prisons']!,
      issuedOn: date('2026-11-25'),
      responseDueOn: date('2026-12-23'),
      summary: 'Victims’ contact scheme has collapsed.',
      recordedBy: 'Test',
    },
  });
  // Owes a plan since May: two poor ratings in a row after a good one.
  await rate('Gwent Police', 'Good', '2025-01-10');
  await rate('Gwent Police', 'Inadequate', '2026-05-01');
  await rate('Gwent Police', 'Requires improvement', '2026-09-01');
  // Rated poorly and then well: owes nothing.
  await rate('Dorset Police', 'Inadequate', '2025-03-01');
  await rate('Dorset Police', 'Good', '2026-03-01');
  // A proposed programme out for consultation, and one whose consultation has closed.
  for (const [title, status] of [
    ['Joint programme 2027 to 2029', 'OPEN'],
    ['Joint programme 2025 to 2027', 'CLOSED'],
  ] as const)
    await db.prisma.programme.create({
      data: {
        title,
        startsOn: date('2027-04-01'),
        endsOn: date('2029-03-31'),
        consultation: {
          create: {
            runById: ids.HMICFRS!,
            opensOn: date('2026-11-02'),
            closesOn: date('2026-12-14'),
            status,
            openedBy: 'Test',
          },
        },
      },
    });
});
beforeAll(async () => {
  // Directions of timing: one given and unanswered (overdue), one answered by a programme
  // agreed in time, one awaiting agreement (not in force), so the two lists must agree on each.
  const ministers = await db.prisma.minister.findMany();
  const timing = (reference: string, given: boolean, inForceFrom: string, until: string) =>
    db.prisma.ministerialDirection.create({
      data: {
        reference,
        title: 'A programme by a date',
        kind: 'TIMING',
        draftedOn: date('2026-01-05'),
        givenOn: given ? date('2026-01-10') : null,
        inForceFrom: date(inForceFrom),
        inForceUntil: date(until),
        programmeBy: date('2026-06-30'),
        requirement: 'The inspectorates shall agree a programme by 30 June 2026.',
        givenBy: {
          create: (given ? ministers : ministers.slice(0, 2)).map((m) => ({
            ministerId: m.id,
            agreedOn: date('2026-01-10'),
            recordedBy: 'Test',
          })),
        },
      },
    });
  await timing('T-OVERDUE', true, '2031-04-01', '2033-03-31');
  await timing('T-AWAITING', false, '2031-04-01', '2033-03-31');
  await timing('T-ANSWERED', true, '2033-04-01', '2035-03-31');
  await db.prisma.programme.create({
    data: {
      title: 'Joint programme 2033 to 2035',
      startsOn: date('2033-04-01'),
      endsOn: date('2035-03-31'),
      status: 'PUBLISHED',
      statusChanges: {
        create: [
          { toStatus: 'AGREED', changedBy: 'Test', changedAt: date('2026-06-01') },
          { toStatus: 'PUBLISHED', changedBy: 'Test', changedAt: date('2026-06-02') },
        ],
      },
    },
  });
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db?.close();
});

const roles: Record<string, RoleGrant[]> = {
  administrator: [{ role: 'ADMINISTRATOR' }],
  'an agency editor': [{ role: 'AGENCY_EDITOR', agencyId: '' }],
  'an inspectorate planner': [{ role: 'INSPECTORATE_PLANNER', inspectorateId: '' }],
  'a PCC office': [{ role: 'POLICING_BODY_OFFICE', localPolicingBodyId: '' }],
};
const grantsFor = (name: string): RoleGrant[] => {
  const grant = roles[name]![0]!;
  if (grant.role === 'AGENCY_EDITOR') return [{ ...grant, agencyId: ids['Kent Police'] }];
  if (grant.role === 'INSPECTORATE_PLANNER') return [{ ...grant, inspectorateId: ids.HMICFRS }];
  if (grant.role === 'POLICING_BODY_OFFICE')
    return [{ ...grant, localPolicingBodyId: ids['Essex Police, Fire and Crime Commissioner'] }];
  return [grant];
};

describe('the deadlines page', () => {
  for (const name of Object.keys(roles))
    it(`holds the same items as the whole list for ${name}, in work order`, async () => {
      const execute = await as(grantsFor(name));
      const all = await whole(execute);
      const everyone = await page(execute, 'mine: false, limit: 500');
      expect(everyone.items.map(key).sort()).toEqual(all.map(key).sort());
      expect(everyone.items).toEqual(expect.arrayContaining(all));
      expect(everyone.totalCount).toBe(all.length);
      expect(everyone.overdueCount).toBe(all.filter((item) => item.overdue).length);
      // Dated first, soonest first, then the longest waiting.
      const order = everyone.items.map((i) => `${i.dueOn ? `0${i.dueOn}` : '1'}:${i.since}`);
      expect(order).toEqual([...order].sort());
    });

  it('lists a direction of timing given and unanswered as HMICFRS’s, overdue', async () => {
    const execute = await as(grantsFor('an inspectorate planner'));
    const directed = await page(execute, 'kinds: [PROGRAMME_DIRECTED]');
    expect(directed.mine).toBe(true);
    expect(directed.items.map((i) => [i.title, i.owner, i.dueOn, i.overdue])).toEqual([
      [
        'Agree the joint inspection programme that direction T-OVERDUE requires',
        'HMICFRS',
        '2026-06-30',
        true,
      ],
    ]);
    const all = (await whole(execute)).filter((i) => i.kind === 'PROGRAMME_DIRECTED');
    expect(all).toEqual(directed.items);
  });

  it('lists an open consultation as its inspectorate’s to close, and not a closed one', async () => {
    const execute = await as(grantsFor('administrator'));
    const closing = await page(execute, 'kinds: [CONSULTATION_CLOSES]');
    expect(closing.items.map((i) => [i.title, i.owner, i.dueOn])).toEqual([
      [
        'Close the consultation on "Joint programme 2027 to 2029" and say what changed',
        'HMICFRS',
        '2026-12-14',
      ],
    ]);
  });

  it('works out when an agency has owed a plan, and that one rated well since owes none', async () => {
    const execute = await as(grantsFor('administrator'));
    const owed = await page(execute, 'kinds: [ACTION_PLAN_OWED]');
    expect(owed.items.map((i) => [i.owner, i.since])).toEqual([['Gwent Police', '2026-05-01']]);
  });

  it('defaults to the organisations the viewer acts for, and shows everyone’s on asking', async () => {
    const kent = await as(grantsFor('an agency editor'));
    const mine = await page(kent);
    expect(mine.mine).toBe(true);
    expect(new Set(mine.items.map((i) => i.owner))).toEqual(new Set(['Kent Police']));
    const everyone = await page(kent, 'mine: false');
    expect(everyone.mine).toBe(false);
    expect(everyone.totalCount).toBeGreaterThan(mine.totalCount);
    // An administrator acts for no one organisation, so sees everyone’s.
    expect((await page(await as(grantsFor('administrator')))).mine).toBe(false);
  });

  it('filters by owner, kind, status and words, sorts and pages', async () => {
    const execute = await as(grantsFor('administrator'));
    const all = await page(execute, 'limit: 500');
    const kent = all.owners.find((o) => o.name === 'Kent Police')!;
    expect(kent).toMatchObject({ kind: 'AGENCY', count: 2 });
    const byOwner = await page(execute, `owners: ["${kent.id}"]`);
    expect(byOwner.items.map((i) => i.owner)).toEqual(['Kent Police', 'Kent Police']);
    const overdue = await page(execute, 'statuses: [OVERDUE]');
    expect(overdue.items.every((i) => i.overdue)).toBe(true);
    expect(overdue.totalCount).toBe(all.overdueCount);
    const waiting = await page(execute, 'statuses: [WAITING]');
    expect(waiting.items.every((i) => i.dueOn === null)).toBe(true);
    const toLay = await page(execute, 'kinds: [ACTION_PLAN_TO_LAY]');
    expect(toLay.items.map((i) => i.title)).toEqual([
      'Lay "Durham victims’ plan 0" before Parliament',
    ]);
    const searched = await page(execute, 'search: "essex"');
    expect(searched.items.map((i) => i.kind)).toEqual(['ACTION_PLAN_TO_PUBLISH']);
    expect((await page(execute, 'search: "100%_"')).totalCount).toBe(0);
    const byAgency = await page(execute, 'sort: AGENCY, limit: 500');
    const names = byAgency.items.map((i) => String(i.agencyName));
    expect(names).toEqual([...names].sort());
    const first = await page(execute, 'limit: 3');
    const second = await page(execute, 'limit: 3, offset: 3');
    expect([...first.items, ...second.items].map(key)).toEqual(all.items.slice(0, 6).map(key));
    expect(second.totalCount).toBe(all.totalCount);
  });

  it('lists the owners with the most deadlines to choose from, and how many there are', async () => {
    const execute = await as([{ role: 'ADMINISTRATOR' }]);
    const owners = async (args: string) => {
      const { data, errors } = await execute(
        `{ deadlinePage(${args}) { ownerCount owners(first: 2) { name count } } }`,
      );
      expect(errors, JSON.stringify(errors)).toBeUndefined();
      return data!.deadlinePage as {
        ownerCount: number;
        owners: Array<{ name: string; count: number }>;
      };
    };
    const everyone = await page(execute, 'mine: false, limit: 500');
    const counts = new Map<string, number>();
    for (const item of everyone.items)
      if (item.ownerId)
        counts.set(item.owner as string, (counts.get(item.owner as string) ?? 0) + 1);
    const listed = await owners('mine: false');
    expect(listed.ownerCount).toBe(counts.size);
    // The two with the most, A to Z.
    const most = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 2);
    expect(listed.owners).toEqual(
      most.map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name)),
    );
    // An owner chosen is listed whatever its count.
    const chosen = await owners(
      `owners: ["${Buffer.from(`Agency:${ids['Gwent Police']}`).toString('base64')}"]`,
    );
    expect(chosen.owners.map((o) => o.name)).toContain('Gwent Police');
    expect(chosen.owners).toHaveLength(2);
    const { errors } = await execute(`{ deadlinePage { owners(first: 0) { name } } }`);
    expect(errors?.[0]?.message).toMatch(/first/i);
  });

  it('refuses a bad page with every problem on its field', async () => {
    const execute = await as(grantsFor('administrator'));
    const { errors } = await execute(`{ deadlinePage(limit: 0, offset: -1) { totalCount } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain('Offset');
    expect(errors?.[0]?.message).toContain('Limit');
  });

  it('costs the same number of SQL statements with four times the deadlines', async () => {
    const execute = await as(grantsFor('an inspectorate planner'));
    const query = 'mine: false, limit: 5';
    await page(execute, query);
    db.statements.reset();
    const before = await page(execute, query);
    const statements = db.statements.count;
    for (let n = 1; n < 4; n++) await addRound(n);
    db.statements.reset();
    const after = await page(execute, query);
    expect(after.totalCount).toBeGreaterThan(before.totalCount * 2);
    expect(after.items).toHaveLength(5);
    expect(db.statements.count).toBe(statements);
    expect(statements).toBeLessThanOrEqual(3);
    console.log(
      `deadlinePage: ${statements} SQL statements for ${before.totalCount} and ${after.totalCount} items`,
    );
  });
});

// The page reads the open deadlines the database keeps (OpenDeadline, refreshed by triggers):
// after each kind of write that opens, closes or renames a deadline, it must still hold exactly
// what the in-memory list works out from the records themselves.
describe('the open deadlines the database keeps', () => {
  const sameAsWhole = async () => {
    const execute = await as([{ role: 'ADMINISTRATOR' }]);
    const all = await whole(execute);
    const everyone = await page(execute, 'mine: false, limit: 500');
    const byKey = (items: Item[]) => [...items].sort((a, b) => key(a).localeCompare(key(b)));
    expect(byKey(everyone.items)).toEqual(byKey(all));
    expect(everyone.totalCount).toBe(all.length);
    // The owners to choose from, with the counts the database keeps for agencies, in all and
    // of one kind, agree with the items too.
    for (const kinds of ['', 'kinds: [RECOMMENDATION_RESPONSE]']) {
      const { data, errors } = await execute(
        `{ deadlinePage(mine: false ${kinds}) { ownerCount owners(first: 200) { id count } } }`,
      );
      expect(errors).toBeUndefined();
      const counts = new Map<string, number>();
      for (const item of all)
        if (item.ownerId && (!kinds || item.kind === 'RECOMMENDATION_RESPONSE'))
          counts.set(item.ownerId as string, (counts.get(item.ownerId as string) ?? 0) + 1);
      const listed = data!.deadlinePage as {
        ownerCount: number;
        owners: Array<{ id: string; count: number }>;
      };
      expect(listed.ownerCount).toBe(counts.size);
      expect(new Map(listed.owners.map((o) => [o.id, o.count]))).toEqual(
        new Map([...counts].map(([id, count]) => [id, count])),
      );
    }
    return everyone.items;
  };
  const titles = (items: Item[]) => items.map((i) => i.title as string);

  it('follows answers, withdrawals and renamings of recommendations and agencies', async () => {
    const response = await db.prisma.recommendationResponse.findFirstOrThrow({
      where: { answer: null, recommendation: { reference: '1.0' } },
    });
    await db.prisma.recommendationResponse.update({
      where: { id: response.id },
      data: { answer: 'ACCEPTED', respondedOn: date('2026-11-20'), respondedBy: 'Test' },
    });
    expect(titles(await sameAsWhole())).not.toContain(
      'Answer recommendation 1.0 of "Annual report"',
    );
    await db.prisma.recommendation.updateMany({
      where: { reference: '2.0' },
      data: { withdrawnAt: today, withdrawalReason: 'Recorded against the wrong report.' },
    });
    expect(titles(await sameAsWhole())).not.toContain(
      'Answer recommendation 2.0 of "Annual report"',
    );
    await db.prisma.agency.update({
      where: { id: ids['Avon and Somerset Constabulary']! },
      data: { name: 'Avon and Somerset Police' },
    });
    const renamed = await sameAsWhole();
    expect(renamed.filter((i) => i.agencyName === 'Avon and Somerset Police')).not.toEqual([]);
    expect(renamed.map((i) => i.owner)).not.toContain('Avon and Somerset Constabulary');
  });

  it('follows plans as they move, and what an agency owes as it is rated and plans', async () => {
    const cumbria = await db.prisma.actionPlan.findFirstOrThrow({
      where: { title: 'Cumbria victims’ plan 0' },
    });
    await db.prisma.actionPlan.update({
      where: { id: cumbria.id },
      data: {
        status: 'ACCEPTED',
        events: {
          create: { fromStatus: 'SUBMITTED', toStatus: 'ACCEPTED', by: 'Test', at: today },
        },
      },
    });
    expect(titles(await sameAsWhole())).toContain(
      'Lay "Cumbria victims’ plan 0" before Parliament',
    );
    // Gwent owes a plan until it drafts one, and again once that draft is deleted.
    const owes = (items: Item[]) =>
      items.some((i) => i.kind === 'ACTION_PLAN_OWED' && i.owner === 'Gwent Police');
    const draft = await plan('Gwent Police', 'DRAFT', 'Gwent victims’ plan');
    expect(owes(await sameAsWhole())).toBe(false);
    await db.prisma.actionPlan.delete({ where: { id: draft.id } });
    expect(owes(await sameAsWhole())).toBe(true);
    // Rated well since: owes nothing. That rating withdrawn: owes again.
    await rate('Gwent Police', 'Good', '2026-11-01');
    expect(owes(await sameAsWhole())).toBe(false);
    await db.prisma.rating.updateMany({
      where: { agencyId: ids['Gwent Police']!, ratedOn: date('2026-11-01') },
      data: { withdrawnAt: today, withdrawalReason: 'Recorded in error.' },
    });
    expect(owes(await sameAsWhole())).toBe(true);
  });

  it('follows ministers, notifications, consultations, programmes and the body in office', async () => {
    const minister = await db.prisma.minister.findFirstOrThrow({
      where: { title: { contains: 'Justice' } },
    });
    await db.prisma.minister.update({
      where: { id: minister.id },
      data: { title: `${minister.title} (acting)` },
    });
    expect((await sameAsWhole()).map((i) => i.owner)).toContain(`${minister.title} (acting)`);
    await db.prisma.minister.update({
      where: { id: minister.id },
      data: { title: minister.title },
    });
    await db.prisma.escalation.updateMany({
      where: { kind: 'URGENT_NOTIFICATION' },
      data: { respondedOn: date('2026-11-30') },
    });
    expect((await sameAsWhole()).map((i) => i.kind)).not.toContain('URGENT_NOTIFICATION_RESPONSE');
    const consulted = await db.prisma.programme.findFirstOrThrow({
      where: { title: 'Joint programme 2027 to 2029' },
    });
    await db.prisma.programme.update({
      where: { id: consulted.id },
      data: { title: 'Joint inspection programme 2027 to 2029' },
    });
    expect(titles(await sameAsWhole())).toContain(
      'Close the consultation on "Joint inspection programme 2027 to 2029" and say what changed',
    );
    await db.prisma.consultation.update({
      where: { programmeId: consulted.id },
      data: { status: 'CLOSED', closedBy: 'Test', closedAt: today, outcome: 'Changed.' },
    });
    expect((await sameAsWhole()).map((i) => i.kind)).not.toContain('CONSULTATION_CLOSES');
    // A programme agreed for the overdue direction's years answers it.
    await db.prisma.programme.create({
      data: {
        title: 'Joint programme 2031 to 2033',
        startsOn: date('2031-04-01'),
        endsOn: date('2033-03-31'),
        status: 'AGREED',
        statusChanges: { create: [{ toStatus: 'AGREED', changedBy: 'Test', changedAt: today }] },
      },
    });
    expect(titles(await sameAsWhole())).not.toContain(
      'Agree the joint inspection programme that direction T-OVERDUE requires',
    );
    // Who publishes Essex's plan is the body in office on the day it is read.
    await db.prisma.localPolicingBodyTerm.updateMany({
      where: { policeForceId: ids['Essex Police']! },
      data: { endsOn: date('2026-11-24') },
    });
    const publish = (await sameAsWhole()).find(
      (i) => i.title === 'Publish "Essex victims’ plan 0"',
    );
    expect(publish?.owner).toBe("Essex Police's local policing body");
  });
});

describe.skipIf(inject('databaseKind') !== 'postgres')('two writers at once', () => {
  it('leaves the deadline both of their ratings make, and refuses neither', async () => {
    // Wiltshire owes nothing until two leads record poor ratings of it at the same moment:
    // each refresh works out what Wiltshire owes, and the second must see the first's.
    const peel = await db.prisma.ratingFramework.findFirstOrThrow({
      where: { name: 'PEEL' },
      include: { grades: true },
    });
    const inadequate = peel.grades.find((g) => g.label === 'Inadequate')!.id;
    const insert = (client: pg.Client, ratedOn: string) =>
      client.query(
        `INSERT INTO "Rating" (id, "agencyId", "frameworkId", "areaCode", "gradeId", "ratedOn", rationale, "recordedBy")
         VALUES (gen_random_uuid(), $1, $2, 'TREATMENT_OF_VICTIMS', $3, $4, 'Test.', 'Test')`,
        [ids['Wiltshire Police'], peel.id, inadequate, ratedOn],
      );
    const [first, second] = [new pg.Client(db.url), new pg.Client(db.url)];
    await Promise.all([first.connect(), second.connect()]);
    try {
      await first.query('BEGIN');
      await second.query('BEGIN');
      await insert(first, '2026-10-01');
      const waiting = insert(second, '2026-06-01');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await first.query('COMMIT');
      await waiting;
      await second.query('COMMIT');
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
    const execute = await as([{ role: 'ADMINISTRATOR' }]);
    const owed = await page(
      execute,
      `mine: false, kinds: [ACTION_PLAN_OWED], search: "Wiltshire", limit: 500`,
    );
    expect(owed.items.map((i) => [i.owner, i.since])).toEqual([['Wiltshire Police', '2026-06-01']]);
    const all = await whole(execute);
    expect(
      all.filter((i) => i.kind === 'ACTION_PLAN_OWED' && i.owner === 'Wiltshire Police'),
    ).toEqual(owed.items);
  });
});
