/**
 * Public answers can be kept by a CDN or a browser and revalidated cheaply: a GET without a
 * session carries an ETag and `Cache-Control: public`; asking again with that ETag gets 304
 * after one statement (the public content version), before any of the answer's queries run;
 * the ETag changes the moment a rating is recorded; and an ETag from one API instance
 * validates on another, because the version lives in the database.
 */
import { createPrismaClient, type PrismaClient } from '@cjji/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst } from '../support/graphql.ts';
import { startHttpApi } from '../support/http-api.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
let first: { base: string; close(): Promise<void> };
let second: { base: string; close(): Promise<void> };
let secondPrisma: PrismaClient;
let kentId: string;

const agencyRatings = /* GraphQL */ `
  query AgencyRatings($id: ID!) {
    agency(id: $id) {
      name
      victimsRatings {
        ratedOn
        grade {
          label
        }
      }
    }
  }
`;

/** A GET as a CDN or the open data's users send it (Apollo's CSRF check wants the header). */
function get(base: string, headers: Record<string, string> = {}) {
  const search = new URLSearchParams({
    query: agencyRatings,
    variables: JSON.stringify({ id: kentId }),
  });
  return fetch(`${base}/graphql?${search}`, {
    headers: { 'apollo-require-preflight': 'true', ...headers },
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  first = await startHttpApi(db.prisma);
  // A second instance with its own connections: all the two share is the database.
  secondPrisma = createPrismaClient({ url: db.url, poolSize: 2 });
  second = await startHttpApi(secondPrisma);
  const kent = await db.prisma.agency.findUniqueOrThrow({ where: { name: 'Kent Police' } });
  kentId = Buffer.from(`Agency:${kent.id}`).toString('base64');
});
afterAll(async () => {
  await first?.close();
  await second?.close();
  await secondPrisma?.$disconnect();
  await db?.close();
});

describe('a public GraphQL answer', () => {
  it('carries a validator and a Cache-Control a shared cache can use', async () => {
    const response = await get(first.base);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(/^"p\d+\./);
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=10, stale-while-revalidate=60',
    );
    expect(response.headers.get('vary')).toMatch(/Authorization/);
    const body = await response.json();
    expect(body.data.agency.name).toBe('Kent Police');
  });

  it('answers a conditional request with 304 after one statement, and on another instance too', async () => {
    const etag = (await get(first.base)).headers.get('etag')!;
    const fresh = db.statements.count;
    db.statements.reset();
    await get(first.base).then((r) => r.arrayBuffer());
    const render = db.statements.count;
    expect(render).toBeGreaterThan(1);
    expect(fresh).toBeGreaterThan(0);

    db.statements.reset();
    const again = await get(first.base, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    // The version read, and none of the answer's queries.
    expect(db.statements.count).toBe(1);

    const elsewhere = await get(second.base, { 'if-none-match': `W/${etag}, "other"` });
    expect(elsewhere.status).toBe(304);
  });

  it('changes its validator the moment a rating is recorded, on every instance', async () => {
    const before = await get(first.base);
    const etag = before.headers.get('etag')!;
    const ratingsBefore = (await before.json()).data.agency.victimsRatings.length;

    const { execute, stop } = await graphqlAgainst(db.prisma);
    const ids = (await execute(`{ ratingFrameworks { id name grades { id label } } }`)).data!;
    const peel = ids.ratingFrameworks.find((f: any) => f.name === 'PEEL');
    const recorded = await execute(
      `mutation($input: RecordRatingInput!) { recordRating(input: $input) { __typename } }`,
      {
        input: {
          agencyId: kentId,
          frameworkId: peel.id,
          areaCode: 'TREATMENT_OF_VICTIMS',
          gradeId: peel.grades.find((g: any) => g.label === 'Good').id,
          ratedOn: '2026-06-01',
          rationale: 'Victims are kept informed at every stage.',
        },
      },
    );
    await stop();
    expect(recorded.data!.recordRating.__typename).toBe('MutationRecordRatingSuccess');

    for (const base of [first.base, second.base]) {
      const after = await get(base, { 'if-none-match': etag });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(etag);
      expect((await after.json()).data.agency.victimsRatings).toHaveLength(ratingsBefore + 1);
    }
    const newEtag = (await get(first.base)).headers.get('etag')!;
    expect((await get(second.base, { 'if-none-match': newEtag })).status).toBe(304);
  });

  it('is not bumped by a write the public cannot see (a session)', async () => {
    const etag = (await get(first.base)).headers.get('etag')!;
    await db.prisma.signInThrottle.deleteMany({});
    expect((await get(first.base, { 'if-none-match': etag })).status).toBe(304);
  });
});

describe('an answer with a session', () => {
  it('is private, never stored, and carries no validator', async () => {
    const response = await get(first.base, {
      authorization: 'Bearer not-a-real-session-token-0123456789',
    });
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('etag')).toBeNull();
    const etag = (await get(first.base)).headers.get('etag')!;
    const conditional = await get(first.base, {
      authorization: 'Bearer not-a-real-session-token-0123456789',
      'if-none-match': etag,
    });
    expect(conditional.status).toBe(200);
  });
});

describe('a public POST', () => {
  it('is answered in full: a 304 is for GET', async () => {
    const etag = (await get(first.base)).headers.get('etag')!;
    const response = await fetch(`${first.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-none-match': etag },
      body: JSON.stringify({ query: agencyRatings, variables: { id: kentId } }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBeNull();
  });
});
