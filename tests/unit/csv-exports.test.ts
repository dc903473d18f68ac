/**
 * Every CSV download, fed text that a spreadsheet would run as a formula, writes it as text:
 * the cell gets a leading single quote (OWASP's advice), and other cells are left as they are.
 * Each export's own request handler runs here, with the API's answer stubbed.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from '../../web/src/lib/server/csv.ts';
import { GET as programmeCsv } from '../../web/src/routes/plan/programmes/[id]/programme.csv/+server.ts';
import { GET as auditCsv } from '../../web/src/routes/admin/audit.csv/+server.ts';
import { GET as ratingsCsv } from '../../web/src/routes/open-data/ratings.csv/+server.ts';
import { GET as plansCsv } from '../../web/src/routes/open-data/published-plans.csv/+server.ts';

const formulas = [
  '=HYPERLINK("http://evil.example","Click")',
  '+1+2',
  '-2+3',
  '@SUM(A1)',
  '\tx',
  '\rx',
];
const hostile = formulas[0]!;

/** A fetch that answers every GraphQL request with `data`. */
const apiAnswering = (data: unknown) =>
  (async () =>
    new Response(JSON.stringify({ data }), {
      headers: { 'content-type': 'application/json' },
    })) as unknown as typeof fetch;

async function cellsOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
  const rows = parse(await response.text(), { columns: true }) as Array<Record<string, string>>;
  expect(rows.length).toBeGreaterThan(0);
  return rows;
}

/** No cell of the file starts a formula. */
function expectNoFormulas(rows: Array<Record<string, string>>) {
  for (const row of rows)
    for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
}

// The handlers are typed for SvelteKit's generated event types; here they get what they read.
type AnyHandler = (event: any) => Promise<Response> | Response;

describe('the CSV writer', () => {
  it('prefixes each kind of formula cell with a single quote and leaves other text alone', () => {
    for (const formula of formulas) expect(safeCell(formula)).toBe(`'${formula}`);
    expect(safeCell('Kent Police')).toBe('Kent Police');
    expect(safeCell("'already quoted")).toBe("'already quoted");
    const [row] = parse(toCsv([{ a: hostile, b: 'plain, with "quotes"' }], ['a', 'b']), {
      columns: true,
    }) as Array<Record<string, string>>;
    expect(row).toEqual({ a: `'${hostile}`, b: 'plain, with "quotes"' });
  });
});

describe('each CSV download is safe to open in a spreadsheet', () => {
  it('the programme', async () => {
    const data = {
      programme: {
        title: hostile,
        status: 'DRAFT',
        inspections: [
          {
            title: '@cmd',
            kind: 'JOINT_THEMATIC',
            victimsThematic: true,
            status: 'PLANNED',
            leadInspectorate: { shortName: 'HMICFRS' },
            partnerInspectorates: [{ shortName: 'HMIP' }],
            localities: [{ name: '+Kent' }],
            phases: [
              {
                kind: 'FIELDWORK',
                plannedStart: '2027-05-01',
                plannedEnd: '2027-05-31',
                actualStart: null,
                actualEnd: null,
                staffing: [{ inspectorate: { shortName: 'HMICFRS' }, inspectorWeeks: 4 }],
              },
            ],
          },
        ],
      },
    };
    const rows = await cellsOf(
      await (programmeCsv as AnyHandler)({ params: { id: 'x' }, fetch: apiAnswering(data) }),
    );
    expect(rows[0]).toMatchObject({
      programme: `'${hostile}`,
      inspection: "'@cmd",
      localities: "'+Kent",
      lead_inspectorate: 'HMICFRS',
    });
    expectNoFormulas(rows);
  });

  it('the audit trail', async () => {
    const data = {
      auditEvents: {
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [
          {
            node: {
              id: '1',
              at: '2026-11-25T10:00:00.000Z',
              actor: '-Mallory',
              action: 'createProgramme',
              entityType: 'Programme',
              entityId: '=1+1',
              before: null,
              after: '{"title":"=1"}',
            },
          },
        ],
      },
    };
    const rows = await cellsOf(
      await (auditCsv as AnyHandler)({
        url: new URL('http://web.test/admin/audit.csv'),
        fetch: apiAnswering(data),
        locals: { viewer: { roles: [{ role: 'ADMINISTRATOR' }] } },
      }),
    );
    expect(rows[0]).toMatchObject({
      actor: "'-Mallory",
      entityId: "'=1+1",
      action: 'createProgramme',
    });
    expectNoFormulas(rows);
  });

  it('the open ratings data', async () => {
    const data = {
      ratings: [
        {
          ratedOn: '2026-01-10',
          rationale: hostile,
          agency: { name: '@Kent Police', region: null, kind: { name: 'Police force' } },
          framework: { name: 'PEEL', version: '2025' },
          area: { name: 'Treatment of victims' },
          grade: { label: 'Good', commonGrade: { label: 'Good' } },
        },
      ],
    };
    const rows = await cellsOf(await (ratingsCsv as AnyHandler)({ fetch: apiAnswering(data) }));
    expect(rows[0]).toMatchObject({
      rationale: `'${hostile}`,
      agency: "'@Kent Police",
      grade: 'Good',
    });
    expectNoFormulas(rows);
  });

  it('the published action plans', async () => {
    const data = {
      actionPlans: [
        {
          title: '+Plan',
          status: 'PUBLISHED',
          laidOn: null,
          paperReference: null,
          publishedOn: null,
          publishedUrl: null,
          agency: { name: 'Kent Police' },
          responsibleMinister: { title: 'Home Secretary' },
          publishedBy: null,
          actions: [
            {
              description: hostile,
              owner: '\tOwner',
              targetDate: '2027-01-01',
              status: 'IN_PROGRESS',
              progress: [{ note: '-50% done', recordedAt: '2026-11-25T10:00:00.000Z' }],
            },
          ],
        },
      ],
    };
    const rows = await cellsOf(await (plansCsv as AnyHandler)({ fetch: apiAnswering(data) }));
    expect(rows[0]).toMatchObject({
      plan: "'+Plan",
      action: `'${hostile}`,
      action_owner: "'\tOwner",
      latest_progress: "'-50% done",
      agency: 'Kent Police',
    });
    expectNoFormulas(rows);
  });
});
