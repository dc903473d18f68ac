/**
 * A structured scope, as each role meets it: the planner chooses the functions of each kind of
 * agency in scope from the administrator's list; scope the judicial-exclusion check flags is
 * saved only with a statement of how it concerns administration only, which the lead reads
 * and the audit keeps.
 */
import type { RoleGrant, Viewer } from '@cjji/api/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { referenceIds } from '../support/ids.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
const stops: Array<() => Promise<void>> = [];
let ids: Awaited<ReturnType<typeof referenceIds>>;
let hmicfrsId: string;
let programmeId: string;
/** Function ids by "KIND/name", as the administrator's list has them. */
const functionId: Record<string, string> = {};

async function as(roles: RoleGrant[] | null, name = 'Test planner') {
  const viewer: Viewer | null = roles
    ? { userId: null, name, email: 'person@example.test', sessionId: null, roles }
    : null;
  const server = await graphqlAgainst(db.prisma, new Date('2026-11-25T12:00:00Z'), viewer);
  stops.push(server.stop);
  return server.execute;
}
const planner = () => as([{ role: 'INSPECTORATE_PLANNER', inspectorateId: hmicfrsId }]);
const lead = () => as([{ role: 'INSPECTORATE_LEAD', inspectorateId: hmicfrsId }], 'Test lead');
const administrator = () => as([{ role: 'ADMINISTRATOR' }], 'Test administrator');

const errorFields = `... on Error { __typename message } ... on InputError { issues { field message } }`;
async function mutate(execute: Execute, name: string, input: object, fields = 'id') {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}`;
  const { data, errors } = await execute(
    `mutation($input: ${type}Input!) { ${name}(input: $input) { __typename ${errorFields} ... on Mutation${type}Success { data { ${fields} } } } }`,
    { input },
  );
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data![name];
}

const inspectionFields = `id version scopeStatement administrationOnlyStatement judicialMentions
  functionsInScope { name agencyKindCode }`;

const thematic = (overrides: object = {}) => ({
  programmeId,
  title: 'Victims at court',
  kind: 'JOINT_THEMATIC',
  victimsThematic: true,
  theme: "Victims' experience of court",
  scopeStatement: 'How HMCTS and the police keep victims informed and supported before trial.',
  leadInspectorateId: ids.inspectorate.HMICFRS,
  partnerInspectorateIds: [ids.inspectorate.HMCPSI],
  agencyKindsInScope: ['POLICE_FORCE', 'HMCTS'],
  localityIds: [ids.agency['Kent Police']],
  scopeFunctionIds: [functionId['HMCTS/Listing'], functionId['POLICE_FORCE/Investigation']],
  phases: [
    { kind: 'SCOPING', plannedStart: '2027-01-04', plannedEnd: '2027-02-26' },
    { kind: 'FIELDWORK', plannedStart: '2027-03-01', plannedEnd: '2027-03-26' },
    { kind: 'REPORTING', plannedStart: '2027-04-05', plannedEnd: '2027-07-30' },
    { kind: 'PUBLICATION', plannedStart: '2027-09-14', plannedEnd: '2027-09-14' },
  ],
  ...overrides,
});

beforeAll(async () => {
  db = await createTestDatabase();
  const admin = await administrator();
  ids = await referenceIds(admin);
  hmicfrsId = (await db.prisma.inspectorate.findUniqueOrThrow({ where: { shortName: 'HMICFRS' } }))
    .id;
  const { data } = await admin(`{ agencyKinds { code scopeFunctions { id name } } }`);
  for (const kind of data!.agencyKinds)
    for (const fn of kind.scopeFunctions) functionId[`${kind.code}/${fn.name}`] = fn.id;
  const created = await mutate(await planner(), 'createProgramme', {
    title: 'Joint inspection programme 2026 to 2028',
    startsOn: '2026-04-01',
    endsOn: '2028-03-31',
  });
  programmeId = created.data.id;
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db?.close();
});

describe('the functions in scope', () => {
  it('are listed per kind of agency from the reference data, HMCTS’s administration first', async () => {
    const { data } = await (await planner())(`{ agencyKinds { code scopeFunctions { name } } }`);
    const hmcts = data!.agencyKinds.find((k: any) => k.code === 'HMCTS');
    expect(hmcts.scopeFunctions.map((f: any) => f.name).slice(0, 5)).toEqual([
      'Listing',
      'Witness and victim services',
      'Court estate',
      'Communications',
      'Case administration',
    ]);
    for (const kind of ['POLICE_FORCE', 'CPS_AREA', 'PRISON', 'PROBATION_REGION'])
      expect(data!.agencyKinds.find((k: any) => k.code === kind).scopeFunctions.length).toBe(
        kind === 'POLICE_FORCE' ? 7 : 5,
      );
  });

  it('are kept with the inspection the planner adds', async () => {
    const added = await mutate(await planner(), 'addInspection', thematic(), inspectionFields);
    expect(added.__typename).toBe('MutationAddInspectionSuccess');
    expect(added.data.functionsInScope).toEqual([
      { name: 'Listing', agencyKindCode: 'HMCTS' },
      { name: 'Investigation', agencyKindCode: 'POLICE_FORCE' },
    ]);
    expect(added.data.administrationOnlyStatement).toBeNull();
    expect(added.data.judicialMentions).toEqual([]);
  });

  it('refuses a function of a kind not in scope, with every other problem, writing nothing', async () => {
    const before = await db.prisma.inspection.count();
    const refused = await mutate(
      await planner(),
      'addInspection',
      thematic({
        title: 'Prisons too',
        scopeFunctionIds: [functionId['PRISON/Safety']],
        agencyKindsInScope: [],
      }),
    );
    expect(refused.__typename).toBe('InputError');
    expect(refused.issues.map((issue: any) => issue.field[1])).toEqual([
      'agencyKindsInScope',
      'localityIds',
      'scopeFunctionIds',
    ]);
    expect(refused.issues[2].message).toBe(
      'Safety is a function of Prison, which is not in scope: add the kind or remove the function.',
    );
    expect(await db.prisma.inspection.count()).toBe(before);
  });

  it('may be changed by an administrator only; a retired function cannot be newly chosen', async () => {
    const input = { agencyKindCode: 'HMCTS', name: 'Court familiarisation visits' };
    const refused = await (
      await planner()
    )(
      `mutation($input: SaveScopeFunctionInput!) { saveScopeFunction(input: $input) { __typename } }`,
      {
        input,
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await administrator();
    const added = await mutate(admin, 'saveScopeFunction', input, 'id version');
    expect(added.__typename).toBe('MutationSaveScopeFunctionSuccess');
    const duplicate = await mutate(admin, 'saveScopeFunction', input);
    expect(duplicate.issues).toEqual([
      {
        field: ['input', 'name'],
        message: 'This kind of agency has a function of this name already.',
      },
    ]);
    const stale = await mutate(admin, 'saveScopeFunction', {
      ...input,
      id: added.data.id,
      expectedVersion: added.data.version + 1,
      retiredOn: '2026-11-24',
    });
    expect(stale.__typename).toBe('ConflictError');
    const retired = await mutate(admin, 'saveScopeFunction', {
      ...input,
      id: added.data.id,
      expectedVersion: added.data.version,
      retiredOn: '2026-11-24',
    });
    expect(retired.__typename).toBe('MutationSaveScopeFunctionSuccess');
    const chosen = await mutate(
      await planner(),
      'addInspection',
      thematic({ title: 'Visits', scopeFunctionIds: [added.data.id] }),
    );
    expect(chosen.issues).toEqual([
      {
        field: ['input', 'scopeFunctionIds'],
        message: expect.stringMatching(
          /^Court familiarisation visits \(HM Courts .*no longer on the list/,
        ),
      },
    ]);
    const audited = await db.prisma.auditEvent.findMany({
      where: { action: 'saveScopeFunction', entityType: 'ScopeFunction' },
    });
    expect(audited.map((event) => event.actor)).toEqual([
      'Test administrator',
      'Test administrator',
    ]);
  });
});

describe('scope the judicial-exclusion check flags', () => {
  const flagged = {
    title: 'Special measures',
    scopeStatement: 'Decisions made by the court on special measures.',
  };
  const statement =
    'Only how HMCTS staff arrange the special measures once granted, never whether they are granted.';
  let inspectionId: string;

  it('is refused without a statement, on the statement’s field, writing nothing', async () => {
    const before = await db.prisma.inspection.count();
    const refused = await mutate(await planner(), 'addInspection', thematic(flagged));
    expect(refused.issues).toEqual([
      {
        field: ['input', 'administrationOnlyStatement'],
        message: expect.stringContaining('the scope mentions "Decisions made by the court"'),
      },
    ]);
    expect(await db.prisma.inspection.count()).toBe(before);
  });

  it('is saved with one; the audit keeps the statement', async () => {
    const saved = await mutate(
      await planner(),
      'addInspection',
      thematic({ ...flagged, administrationOnlyStatement: statement }),
      inspectionFields,
    );
    expect(saved.__typename).toBe('MutationAddInspectionSuccess');
    expect(saved.data).toMatchObject({
      administrationOnlyStatement: statement,
      judicialMentions: ['Decisions made by the court'],
    });
    inspectionId = saved.data.id;
    const audited = await db.prisma.auditEvent.findFirstOrThrow({
      where: {
        action: 'addInspection',
        after: { path: ['administrationOnlyStatement'], equals: statement },
      },
    });
    expect(audited.actor).toBe('Test planner');
  });

  it('is shown to the lead with its statement, beside the programme', async () => {
    const { data } = await (
      await lead()
    )(
      `query($id: ID!) { programme(id: $id) { inspections { title administrationOnlyStatement judicialMentions } } }`,
      {
        id: programmeId,
      },
    );
    expect(data!.programme.inspections.filter((i: any) => i.administrationOnlyStatement)).toEqual([
      {
        title: 'Special measures',
        administrationOnlyStatement: statement,
        judicialMentions: ['Decisions made by the court'],
      },
    ]);
  });

  it('drops the statement when the scope is reworded so the check no longer flags it', async () => {
    const { data } = await (
      await planner()
    )(`query($id: ID!) { node(id: $id) { ... on Inspection { version } } }`, { id: inspectionId });
    const {
      programmeId: _p,
      phases: _phases,
      ...details
    } = thematic({
      administrationOnlyStatement: statement,
    });
    const updated = await mutate(
      await planner(),
      'updateInspection',
      { ...details, inspectionId, expectedVersion: data!.node.version },
      inspectionFields,
    );
    expect(updated.data).toMatchObject({ administrationOnlyStatement: null, judicialMentions: [] });
  });
});
