import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyDirectoryQuery } from '@cjji/contract/agencies';
import type { ResultOf } from '@cjji/contract/graphql';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
let execute: Execute;
let stop: () => Promise<void>;
beforeAll(async () => {
  db = await createTestDatabase();
  ({ execute, stop } = await graphqlAgainst(db.prisma));
});
afterAll(async () => {
  await stop?.();
  await db?.close();
});

// The query the agency directory page sends.
const directory = agencyDirectoryQuery;
type Directory = ResultOf<typeof agencyDirectoryQuery>;

describe('the agencies query', () => {
  it('answers with the 43 police forces, each with its local policing body', async () => {
    const { data, errors } = await execute(directory, {
      filter: { kinds: ['POLICE_FORCE'] },
      first: 100,
    });
    expect(errors).toBeUndefined();
    expect(data!.agencies.totalCount).toBe(43);
    const forces = data!.agencies.edges.map((edge) => edge.node);
    expect(forces).toHaveLength(43);
    expect(forces.every((force) => force.localPolicingBody !== null)).toBe(true);
    const ministers = await execute(
      `{ agencies(filter: { kinds: [POLICE_FORCE] }, first: 100) { edges { node { kind { responsibleMinister { title } } } } } }`,
    );
    expect(
      ministers.data!.agencies.edges.every(
        (edge: any) => edge.node.kind.responsibleMinister.title === 'Home Secretary',
      ),
    ).toBe(true);
    expect(
      forces.find((force) => force.name === 'Greater Manchester Police')!.localPolicingBody,
    ).toEqual({ name: 'Mayor of Greater Manchester', kind: 'MAYOR' });
    expect(
      forces.find((force) => force.name === 'City of London Police')!.localPolicingBody!.kind,
    ).toBe('COMMON_COUNCIL');
    expect(forces.map((force) => force.name)).toEqual(
      [...forces.map((force) => force.name)].sort(
        (a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : 1),
      ),
    );
  });

  it('filters by region, country, name and local policing body kind together', async () => {
    const wales = await execute(directory, {
      filter: { region: 'Wales', kinds: ['POLICE_FORCE'] },
    });
    expect(wales.data!.agencies.edges.map((edge) => edge.node.name)).toEqual([
      'Dyfed-Powys Police',
      'Gwent Police',
      'North Wales Police',
      'South Wales Police',
    ]);

    const mayors = await execute(directory, {
      filter: { localPolicingBodyKind: 'MAYOR' },
    });
    expect(mayors.data!.agencies.edges.map((edge) => edge.node.name)).toEqual([
      'Greater Manchester Police',
      'Metropolitan Police Service',
      'North Yorkshire Police',
      'South Yorkshire Police',
      'West Yorkshire Police',
    ]);

    const search = await execute(directory, {
      filter: {
        search: 'yorkSHIRE',
        country: 'ENGLAND',
        kinds: ['POLICE_FORCE', 'PROBATION_REGION'],
      },
    });
    expect(search.data!.agencies.edges.map((edge) => edge.node.name)).toEqual([
      'North Yorkshire Police',
      'Probation Service Yorkshire and the Humber',
      'South Yorkshire Police',
      'West Yorkshire Police',
    ]);
  });

  it('pages forwards and backwards by cursor through every agency exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: { data?: Directory | null } = await execute(directory, {
        first: 20,
        after,
      });
      const page: Directory['agencies'] = result.data!.agencies;
      seen.push(...page.edges.map((edge) => edge.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(72);
    expect(new Set(seen).size).toBe(72);

    const lastPage = await execute(directory, { last: 20 });
    expect(lastPage.data!.agencies.edges.map((edge) => edge.node.name)).toEqual(seen.slice(-20));
    const before = await execute(directory, {
      last: 20,
      before: lastPage.data!.agencies.pageInfo.startCursor,
    });
    expect(before.data!.agencies.edges.map((edge) => edge.node.name)).toEqual(seen.slice(-40, -20));
    expect(before.data!.agencies.pageInfo.hasPreviousPage).toBe(true);
  });

  it('gives a force’s local policing body on a past date from the record of terms', async () => {
    const query = `{ agencies(filter: { search: "North Yorkshire Police" }) { edges { node { today: localPolicingBody { name } before: localPolicingBody(on: "2020-01-01") { name } localPolicingBodyTerms { startsOn endsOn } } } } }`;
    const { data } = await execute(query);
    const node = data!.agencies.edges[0].node;
    expect(node.today).toEqual({ name: 'Mayor of York and North Yorkshire' });
    // The reference data does not record the Police, Fire and Crime Commissioner before May 2024.
    expect(node.before).toBeNull();
    expect(node.localPolicingBodyTerms).toEqual([{ startsOn: '2024-05-07', endsOn: null }]);
  });

  it('fetches one agency by id with its CPS coverage', async () => {
    const list = await execute(directory, { filter: { search: 'Metropolitan' } });
    const id = list.data!.agencies.edges[0]!.node.id;
    const { data, errors } = await execute(
      `query($id: ID!) { agency(id: $id) { name prosecutedBy { partial cpsArea { name } } } }`,
      { id },
    );
    expect(errors).toBeUndefined();
    expect(data!.agency.prosecutedBy.map((c: any) => c.cpsArea.name).sort()).toEqual([
      'CPS London North',
      'CPS London South',
    ]);
    expect(data!.agency.prosecutedBy.every((c: any) => c.partial)).toBe(true);
  });

  it('loads a page of agencies and all their relations in the same number of SQL statements whatever the page size', async () => {
    const query = `query($first: Int) { agencies(first: $first) { edges { node { name kind { name responsibleMinister { title } inspectedBy { shortName } } parent { name } localPolicingBody { name } prosecutedBy { cpsArea { name } } } } } }`;
    db.statements.reset();
    await execute(query, { first: 5 });
    const small = db.statements.count;
    db.statements.reset();
    await execute(query, { first: 72 });
    expect(db.statements.count).toBe(small);
    expect(small).toBeLessThanOrEqual(9);
  });
});

describe('bad input to the agencies queries', () => {
  it('refuses an unknown region, naming the filter field', async () => {
    const { data, errors } = await execute(directory, {
      filter: { region: 'Atlantis' },
    });
    expect(data?.agencies ?? null).toBeNull();
    expect(errors![0]).toMatchObject({
      message: 'There is no region called "Atlantis". The regions query lists the names in use.',
      extensions: { code: 'BAD_USER_INPUT', field: ['filter', 'region'] },
    });
  });

  it('refuses an unknown agency kind before running anything', async () => {
    // @ts-expect-error: a kind the schema does not have, as a hand-made request could send.
    const { errors } = await execute(directory, { filter: { kinds: ['SPACE_FORCE'] } });
    expect(errors![0]!.message).toMatch(
      /Value "SPACE_FORCE" does not exist in "AgencyKindCode" enum/,
    );
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a malformed cursor', async () => {
    const { errors } = await execute(directory, { first: 5, after: 'not-a-cursor' });
    expect(errors![0]).toMatchObject({
      message: 'Invalid cursor: not-a-cursor',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses an over-long search with the field it is about', async () => {
    const { errors } = await execute(directory, { filter: { search: 'x'.repeat(101) } });
    expect(errors![0]).toMatchObject({
      message: 'Search for at most 100 characters.',
      extensions: { code: 'BAD_USER_INPUT', field: ['filter', 'search'] },
    });
  });

  it('answers NOT_FOUND for an id no agency has, and BAD_USER_INPUT for an id that is not an agency id', async () => {
    const missing = Buffer.from('Agency:00000000-0000-4000-8000-000000000000').toString('base64');
    const notFound = await execute(`query($id: ID!) { agency(id: $id) { name } }`, { id: missing });
    expect(notFound.errors![0]).toMatchObject({
      message: `No agency has the id "${missing}".`,
      extensions: { code: 'NOT_FOUND' },
      path: ['agency'],
    });

    for (const id of [
      'garbage',
      Buffer.from('Minister:00000000-0000-4000-8000-000000000000').toString('base64'),
      Buffer.from("Agency:1' OR '1'='1").toString('base64'),
    ]) {
      const { errors } = await execute(`query($id: ID!) { agency(id: $id) { name } }`, { id });
      expect(errors![0], id).toMatchObject({
        message: `"${id}" is not an agency id.`,
        extensions: { code: 'BAD_USER_INPUT', field: ['id'] },
      });
    }
  });

  it('never shows a stack trace', async () => {
    const { errors } = await execute(directory, { filter: { region: 'Atlantis' } });
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|\.ts:\d+/);
  });
});
