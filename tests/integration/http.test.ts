/** The API over HTTP, as a browser or another service reaches it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApi } from '../support/http-api.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
let base: string;
let close: () => Promise<void>;
beforeAll(async () => {
  db = await createTestDatabase();
  ({ base, close } = await startHttpApi(db.prisma));
});
afterAll(async () => {
  await close?.();
  await db?.close();
});

const post = (
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) => fetch(`${base}/graphql`, { method: 'POST', headers, body });

describe('the GraphQL endpoint over HTTP', () => {
  it('answers a query for the police forces with their local policing bodies', async () => {
    const response = await post(
      JSON.stringify({
        query:
          '{ agencies(filter: { kinds: [POLICE_FORCE] }, first: 100) { totalCount edges { node { localPolicingBody { name } } } } }',
      }),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data.agencies.totalCount).toBe(43);
    expect(
      body.data.agencies.edges.filter((e: any) => e.node.localPolicingBody?.name),
    ).toHaveLength(43);
  });

  it('answers malformed JSON with a 400 and a JSON error, not a stack trace', async () => {
    const response = await post('{"query":');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({
      errors: [
        { message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
  });

  it('answers a syntax error in the query with its location', async () => {
    const response = await post(JSON.stringify({ query: '{ agencies { edges ' }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0]).toMatchObject({
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      locations: [{ line: 1, column: 20 }],
    });
  });

  it('refuses a request a cross-site form could send (CSRF)', async () => {
    const response = await post(JSON.stringify({ query: '{ regions }' }), {
      'content-type': 'text/plain',
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a body over eight megabytes', async () => {
    const response = await post(JSON.stringify({ query: `{ regions } #${'x'.repeat(8_100_000)}` }));
    expect(response.status).toBe(413);
  });

  it('says where the API is for any other path, and answers a health check', async () => {
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
  });
});
