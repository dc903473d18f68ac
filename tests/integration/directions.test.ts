/**
 * Ministerial directions are joint: the Home Secretary, the Lord Chancellor and the Attorney
 * General each agree, recorded by that minister's office (or an administrator, with the day each
 * agreed). Until all three have, a direction is shown but not in force. A direction of timing
 * is a deadline in both deadline lists; a direction of form is a checklist planners mark.
 */
import type { RoleGrant, Viewer } from '@cjji/api/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { referenceIds } from '../support/ids.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
const stops: Array<() => Promise<void>> = [];
let ids: Awaited<ReturnType<typeof referenceIds>>;
const raw: Record<string, string> = {};

const today = new Date('2026-11-25T10:00:00Z');
const HS = 'Home Secretary';
const LC = 'Lord Chancellor and Secretary of State for Justice';
const AG = 'Attorney General';

async function as(roles: RoleGrant[] | null, now = today, name = 'Test person') {
  const viewer: Viewer | null = roles
    ? { userId: null, name, email: 'person@example.test', sessionId: null, roles }
    : null;
  const server = await graphqlAgainst(db.prisma, now, viewer);
  stops.push(server.stop);
  return server.execute;
}
const office = (title: string) =>
  as([{ role: 'MINISTER_OFFICE', ministerId: raw[title]! }], today, `${title}'s office`);
const admin = () => as([{ role: 'ADMINISTRATOR' }], today, 'Test administrator');
const planner = () =>
  as([{ role: 'INSPECTORATE_PLANNER', inspectorateId: raw.HMICFRS! }], today, 'Test planner');

const errorFields = `... on Error { __typename message } ... on InputError { issues { field message } }`;
async function mutate(execute: Execute, name: string, input: object, fields = 'id') {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}`;
  const result = await execute(
    `mutation($input: ${type}Input!) { ${name}(input: $input) { __typename ${errorFields} ... on Mutation${type}Success { data { ${fields} } } } }`,
    { input },
  );
  return { ...result, result: result.data?.[name] };
}

const directionFields = `id reference kind status version draftedOn givenOn programmeBy
  agreements { minister { title } agreedOn recordedBy viewerCan { record } }
  formItems { id position text }`;

async function directions(execute: Execute) {
  const { data, errors } = await execute(`{ directions { ${directionFields} } }`);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.directions as any[];
}

const draft = (reference: string, overrides: object = {}) => ({
  reference,
  title: "Direction on victims' thematic inspections",
  kind: 'VICTIMS_THEMATICS',
  draftedOn: '2026-11-02',
  status: 'AWAITING_AGREEMENT',
  inForceFrom: '2026-04-01',
  agreements: [],
  minimumThematics: 1,
  period: 'PER_PROGRAMME',
  agencyKindsRequired: [],
  requirement: 'At least one victims’ thematic in each programme.',
  ...overrides,
});

beforeAll(async () => {
  db = await createTestDatabase();
  for (const m of await db.prisma.minister.findMany()) raw[m.title] = m.id;
  for (const i of await db.prisma.inspectorate.findMany()) raw[i.shortName] = i.id;
  ids = await referenceIds(await admin());
  // A programme running through the directions' time, to be checked against them.
  raw.programme = (
    await db.prisma.programme.create({
      data: {
        title: 'Joint inspection programme 2026 to 2028',
        startsOn: new Date('2026-04-01'),
        endsOn: new Date('2028-03-31'),
      },
    })
  ).id;
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db?.close();
});

const programmeId = () => Buffer.from(`Programme:${raw.programme}`).toString('base64');
async function directionChecks(execute: Execute) {
  const { data, errors } = await execute(
    `query($id: ID!) { programme(id: $id) { directionChecks { direction { reference } met } } }`,
    { id: programmeId() },
  );
  expect(errors).toBeUndefined();
  return data!.programme.directionChecks.map((c: any) => c.direction.reference);
}

describe('a direction is joint', () => {
  it('is refused as given from one minister alone, on the field, and nothing is written', async () => {
    const { result } = await mutate(
      await office(HS),
      'recordDirection',
      draft('ONE', {
        status: 'GIVEN',
        agreements: [{ ministerId: ids.minister[HS], agreedOn: '2026-11-03' }],
      }),
    );
    expect(result.issues).toEqual([
      {
        field: ['input', 'status'],
        message:
          'A direction needs the agreement of the Home Secretary, the Lord Chancellor and the Attorney General; the Lord Chancellor and the Attorney General have not agreed yet',
      },
    ]);
    expect(await db.prisma.ministerialDirection.count()).toBe(0);
  });

  it('refuses an office recording another minister’s agreement', async () => {
    const { errors } = await mutate(
      await office(HS),
      'recordDirection',
      draft('OTHERS', {
        agreements: [{ ministerId: ids.minister[AG], agreedOn: '2026-11-03' }],
      }),
    );
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await db.prisma.ministerialDirection.count()).toBe(0);
  });

  it('is recorded as awaiting agreement with its own minister’s agreement, and not checked', async () => {
    const { result } = await mutate(
      await office(HS),
      'recordDirection',
      draft('JOINT-1', {
        agreements: [{ ministerId: ids.minister[HS], agreedOn: '2026-11-03' }],
      }),
      directionFields,
    );
    expect(result.__typename).toBe('MutationRecordDirectionSuccess');
    expect(result.data).toMatchObject({ status: 'AWAITING_AGREEMENT', givenOn: null });
    expect(result.data.agreements.map((a: any) => [a.minister.title, a.agreedOn])).toEqual([
      [HS, '2026-11-03'],
      [LC, null],
      [AG, null],
    ]);
    // Awaiting agreement: shown, but no programme is checked against it.
    expect(await directionChecks(await planner())).toEqual([]);
  });

  it('lists the three ministers in the order the Act names them', async () => {
    const { data } = await (await admin())(`{ ministers { title } }`);
    expect(data!.ministers.map((minister: { title: string }) => minister.title)).toEqual([
      HS,
      LC,
      AG,
    ]);
  });

  it('says who may record each minister’s agreement, per role', async () => {
    const can = async (execute: Execute) =>
      (await directions(execute))
        .find((d) => d.reference === 'JOINT-1')
        .agreements.map((a: any) => a.viewerCan.record);
    expect(await can(await office(HS))).toEqual([false, false, false]);
    expect(await can(await office(LC))).toEqual([false, true, false]);
    expect(await can(await admin())).toEqual([false, true, true]);
    expect(await can(await planner())).toEqual([false, false, false]);
    expect(await can(await as(null))).toEqual([false, false, false]);
    // Names of who recorded it are staff's business.
    const publicView = (await directions(await as(null))).find((d) => d.reference === 'JOINT-1');
    expect(publicView.agreements[0].recordedBy).toBeNull();
  });

  it('refuses an agreement dated in the future or before the draft, every problem on its field', async () => {
    const direction = (await directions(await admin())).find((d) => d.reference === 'JOINT-1');
    const input = (agreedOn: string) => ({
      directionId: direction.id,
      ministerId: ids.minister[LC],
      agreedOn,
      expectedVersion: direction.version,
    });
    const lc = await office(LC);
    expect(
      (await mutate(lc, 'recordDirectionAgreement', input('2026-11-26'))).result.issues,
    ).toEqual([
      { field: ['input', 'agreedOn'], message: 'The date agreed must be today or in the past' },
    ]);
    expect(
      (await mutate(lc, 'recordDirectionAgreement', input('2026-11-01'))).result.issues,
    ).toEqual([
      {
        field: ['input', 'agreedOn'],
        message:
          'The date agreed must be the same as or after 2 November 2026, when the direction was drafted',
      },
    ]);
    const { errors } = await mutate(
      await office(HS),
      'recordDirectionAgreement',
      input('2026-11-04'),
    );
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await db.prisma.directionMinister.count()).toBe(1);
  });

  it('is given once the third agrees, on the day the last agreed, and then checked', async () => {
    const read = async () =>
      (await directions(await admin())).find((d) => d.reference === 'JOINT-1');
    const first = await read();
    const lc = await mutate(
      await office(LC),
      'recordDirectionAgreement',
      {
        directionId: first.id,
        ministerId: ids.minister[LC],
        agreedOn: '2026-11-10',
        expectedVersion: first.version,
      },
      'id status',
    );
    expect(lc.result.data).toMatchObject({ status: 'AWAITING_AGREEMENT' });
    // A stale copy is refused: someone recorded an agreement since.
    const stale = await mutate(await admin(), 'recordDirectionAgreement', {
      directionId: first.id,
      ministerId: ids.minister[AG],
      agreedOn: '2026-11-06',
      expectedVersion: first.version,
    });
    expect(stale.result.__typename).not.toBe('MutationRecordDirectionAgreementSuccess');
    const second = await read();
    const ag = await mutate(
      await admin(),
      'recordDirectionAgreement',
      {
        directionId: second.id,
        ministerId: ids.minister[AG],
        agreedOn: '2026-11-06',
        expectedVersion: second.version,
      },
      'id status',
    );
    expect(ag.result.data).toMatchObject({ status: 'GIVEN' });
    const given = await read();
    expect(given).toMatchObject({ status: 'GIVEN', givenOn: '2026-11-10' });
    expect(given.agreements.map((a: any) => [a.agreedOn, a.recordedBy])).toEqual([
      ['2026-11-03', `${HS}'s office`],
      ['2026-11-10', `${LC}'s office`],
      ['2026-11-06', 'Test administrator'],
    ]);
    // Recorded once: a second agreement by the same minister is refused.
    const again = await mutate(await admin(), 'recordDirectionAgreement', {
      directionId: given.id,
      ministerId: ids.minister[AG],
      agreedOn: '2026-11-07',
      expectedVersion: given.version,
    });
    expect(again.result.issues[0].message).toBe(
      'The Attorney General’s agreement is already recorded',
    );
    expect(await directionChecks(await planner())).toEqual(['JOINT-1']);
    const audited = await db.prisma.auditEvent.findMany({
      where: { action: 'recordDirectionAgreement' },
    });
    expect(audited).toHaveLength(2);
  });

  it('is recorded as given by an administrator with the day each of the three agreed', async () => {
    const { result } = await mutate(
      await admin(),
      'recordDirection',
      draft('JOINT-ALL', {
        status: 'GIVEN',
        agreements: [
          { ministerId: ids.minister[AG], agreedOn: '2026-11-04' },
          { ministerId: ids.minister[HS], agreedOn: '2026-11-02' },
          { ministerId: ids.minister[LC], agreedOn: '2026-11-05' },
        ],
      }),
      directionFields,
    );
    expect(result.data).toMatchObject({ status: 'GIVEN', givenOn: '2026-11-05' });
  });
});

describe('a direction of timing', () => {
  const deadlineFields = 'kind title owner ownerKind dueOn since overdue subjectId';
  async function lists(execute: Execute) {
    const { data, errors } = await execute(
      `{ deadlines { ${deadlineFields} }
         deadlinePage(mine: false, kinds: [PROGRAMME_DIRECTED]) { totalCount items { ${deadlineFields} } } }`,
    );
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    return {
      whole: data!.deadlines.filter((d: any) => d.kind === 'PROGRAMME_DIRECTED'),
      page: data!.deadlinePage.items,
    };
  }

  it('is a deadline in both lists, and HMICFRS’s work, only once given', async () => {
    const timing = draft('TIME-1', {
      kind: 'TIMING',
      title: 'A programme for 2028 to 2030',
      draftedOn: '2026-11-20',
      inForceFrom: '2028-04-01',
      programmeBy: '2027-04-01',
      minimumThematics: null,
      period: null,
      requirement: 'The inspectorates shall agree a programme for 2028 to 2030 by 1 April 2027.',
      agreements: [{ ministerId: ids.minister[HS], agreedOn: '2026-11-20' }],
    });
    const { result } = await mutate(await office(HS), 'recordDirection', timing, directionFields);
    expect(result.data).toMatchObject({ kind: 'TIMING', programmeBy: '2027-04-01' });
    expect((await lists(await admin())).whole).toEqual([]);

    for (const [title, agreedOn] of [
      [LC, '2026-11-21'],
      [AG, '2026-11-22'],
    ] as const) {
      const d = (await directions(await admin())).find((x) => x.reference === 'TIME-1');
      await mutate(await admin(), 'recordDirectionAgreement', {
        directionId: d.id,
        ministerId: ids.minister[title],
        agreedOn,
        expectedVersion: d.version,
      });
    }
    const { whole, page } = await lists(await admin());
    const expected = {
      kind: 'PROGRAMME_DIRECTED',
      title: 'Agree the joint inspection programme that direction TIME-1 requires',
      owner: 'HMICFRS',
      ownerKind: 'INSPECTORATE',
      dueOn: '2027-04-01',
      since: '2026-11-22',
      overdue: false,
      subjectId: result.data.id,
    };
    expect(whole).toEqual([expected]);
    expect(page).toEqual(whole);
    const work = await (await planner())(`{ myWork { items { kind title dueOn path } } }`);
    expect(work.errors, JSON.stringify(work.errors)).toBeUndefined();
    const data = work.data;
    expect(data!.myWork.items).toContainEqual({
      kind: 'PROGRAMME_DIRECTED',
      title: expected.title,
      dueOn: '2027-04-01',
      path: `/plan/directions#direction-${result.data.id}`,
    });
  });

  it('leaves both lists once a programme covering it is agreed', async () => {
    // Agreed before the direction was drafted: does not answer it.
    await db.prisma.programme.create({
      data: {
        title: 'Programme 2028 to 2030, agreed too early',
        startsOn: new Date('2028-04-01'),
        endsOn: new Date('2030-03-31'),
        status: 'AGREED',
        statusChanges: {
          create: [{ toStatus: 'AGREED', changedBy: 'Test', changedAt: new Date('2026-11-19') }],
        },
      },
    });
    expect((await lists(await admin())).page).toHaveLength(1);
    await db.prisma.programme.create({
      data: {
        title: 'Programme 2028 to 2030',
        startsOn: new Date('2028-04-01'),
        endsOn: new Date('2030-03-31'),
        status: 'AGREED',
        // 00:30 in London on 23 November is still 22 November in UTC: a UK day either way.
        statusChanges: {
          create: [
            { toStatus: 'AGREED', changedBy: 'Test', changedAt: new Date('2026-11-23T00:30:00Z') },
          ],
        },
      },
    });
    const { whole, page } = await lists(await admin());
    expect(whole).toEqual([]);
    expect(page).toEqual([]);
  });
});

describe('a direction of form', () => {
  it('needs at least one item', async () => {
    const { result } = await mutate(
      await admin(),
      'recordDirection',
      draft('FORM-0', { kind: 'FORM', formItems: ['  '] }),
    );
    expect(result.issues).toEqual([
      {
        field: ['input', 'formItems'],
        message: 'Enter at least one thing the programme must have or say',
      },
    ]);
  });

  it('is a checklist a planner marks, each mark with who and when; unmet items are named', async () => {
    const agreements = [HS, LC, AG].map((title) => ({
      ministerId: ids.minister[title],
      agreedOn: '2026-11-03',
    }));
    const { result } = await mutate(
      await admin(),
      'recordDirection',
      draft('FORM-1', {
        kind: 'FORM',
        status: 'GIVEN',
        agreements,
        formItems: ['Say how victims were consulted', 'Name each inspection’s lead'],
      }),
      directionFields,
    );
    expect(result.data.formItems.map((i: any) => i.text)).toEqual([
      'Say how victims were consulted',
      'Name each inspection’s lead',
    ]);
    const read = async (execute: Execute) => {
      const { data, errors } = await execute(
        `query($id: ID!) { programme(id: $id) { unmetFormItems
          formChecks { itemId text met marked note markedBy version viewerCan { mark } } } }`,
        { id: programmeId() },
      );
      expect(errors, JSON.stringify(errors)).toBeUndefined();
      return data!.programme;
    };
    const before = await read(await planner());
    expect(before.unmetFormItems).toEqual([
      'FORM-1: Say how victims were consulted',
      'FORM-1: Name each inspection’s lead',
    ]);
    expect(before.formChecks.map((c: any) => c.viewerCan.mark)).toEqual([true, true]);
    expect((await read(await office(HS))).formChecks.map((c: any) => c.viewerCan.mark)).toEqual([
      false,
      false,
    ]);

    const item = before.formChecks[0];
    const notMet = await mutate(await planner(), 'markFormItem', {
      programmeId: programmeId(),
      itemId: item.itemId,
      met: false,
    });
    expect(notMet.result.issues).toEqual([
      { field: ['input', 'note'], message: 'Say what the programme still lacks' },
    ]);
    const marked = await mutate(await planner(), 'markFormItem', {
      programmeId: programmeId(),
      itemId: item.itemId,
      met: true,
      note: 'The introduction says who was consulted.',
    });
    expect(marked.result.__typename).toBe('MutationMarkFormItemSuccess');
    const after = await read(await planner());
    expect(after.formChecks[0]).toMatchObject({
      met: true,
      marked: true,
      note: 'The introduction says who was consulted.',
      markedBy: 'Test planner',
      version: 1,
    });
    expect(after.unmetFormItems).toEqual(['FORM-1: Name each inspection’s lead']);
    const { errors } = await mutate(await office(HS), 'markFormItem', {
      programmeId: programmeId(),
      itemId: item.itemId,
      met: false,
      note: 'No.',
    });
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Changing a mark keeps the version check: a stale copy is refused.
    const stale = await mutate(await planner(), 'markFormItem', {
      programmeId: programmeId(),
      itemId: item.itemId,
      met: false,
      note: 'Victims were not consulted after all.',
      expectedVersion: 0,
    });
    expect(stale.result.__typename).not.toBe('MutationMarkFormItemSuccess');

    // Two planners marking the second item for the first time at once: one mark is kept and
    // the other is told someone marked it first, as a version conflict, not a key error.
    const second = before.formChecks[1];
    const firstMarks = await Promise.all(
      ['The plan names every lead.', 'Leads are named in the annex.'].map(async (note) =>
        mutate(await planner(), 'markFormItem', {
          programmeId: programmeId(),
          itemId: second.itemId,
          met: true,
          note,
        }),
      ),
    );
    expect(firstMarks.map((mark) => mark.result.__typename).sort()).toEqual([
      'ConflictError',
      'MutationMarkFormItemSuccess',
    ]);
    expect((await read(await planner())).formChecks[1]).toMatchObject({ version: 1 });
  });
});

describe('the list of directions', () => {
  it('costs the same number of SQL statements with three times the directions', async () => {
    const execute = await admin();
    const count = async () => {
      db.statements.reset();
      await directions(execute);
      return db.statements.count;
    };
    const few = await count();
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
      await mutate(execute, 'recordDirection', draft(`MANY-${n}`));
    }
    expect(await count()).toBe(few);
  });
});
