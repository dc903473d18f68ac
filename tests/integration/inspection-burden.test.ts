/**
 * The inspection burden as a planner meets it: three fieldwork visits to Kent Police in 12
 * months (one in an agreed programme), and planning a fourth warns, in the programme's
 * warnings and in the timeline's what-if preview alike; a visit a year earlier does not count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { referenceIds } from '../support/ids.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
let execute: Execute;
let stop: () => Promise<void>;
let ids: Awaited<ReturnType<typeof referenceIds>>;

beforeAll(async () => {
  db = await createTestDatabase();
  ({ execute, stop } = await graphqlAgainst(db.prisma));
  ids = await referenceIds(execute);
});
afterAll(async () => {
  await stop?.();
  await db?.close();
});

const errorFields = `... on Error { __typename message } ... on InputError { issues { field message } }`;
async function mutate(name: string, input: Record<string, unknown>, fields = 'id version') {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}`;
  const { data, errors } = await execute(
    `mutation($input: ${type}Input!) { ${name}(input: $input) { __typename ${errorFields} ... on Mutation${type}Success { data { ${fields} } } } }`,
    { input },
  );
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  expect(data![name].__typename, JSON.stringify(data![name])).toMatch(/Success$/);
  return data![name].data;
}

const core = (programmeId: string, title: string, fieldwork: [string, string], year: number) => ({
  programmeId,
  title,
  kind: 'CORE',
  victimsThematic: false,
  theme: 'Police effectiveness',
  scopeStatement: 'How Kent Police investigates crime and supports victims.',
  leadInspectorateId: ids.inspectorate.HMICFRS,
  partnerInspectorateIds: [],
  agencyKindsInScope: ['POLICE_FORCE'],
  localityIds: [ids.agency['Kent Police']],
  phases: [
    { kind: 'SCOPING', plannedStart: `${year}-04-05`, plannedEnd: `${year}-04-30` },
    { kind: 'FIELDWORK', plannedStart: fieldwork[0], plannedEnd: fieldwork[1] },
    { kind: 'REPORTING', plannedStart: `${year + 1}-06-01`, plannedEnd: `${year + 1}-06-30` },
    { kind: 'PUBLICATION', plannedStart: `${year + 1}-07-14`, plannedEnd: `${year + 1}-07-14` },
  ],
});

const warningsOf = async (id: string) =>
  (
    await execute(`query($id: ID!) { programme(id: $id) { warnings { kind message phaseIds } } }`, {
      id,
    })
  ).data!.programme.warnings.filter((w: any) => w.kind === 'INSPECTION_BURDEN');

describe('the inspection burden on a force', () => {
  let draftId: string;
  let fourthFieldwork: string;
  let thirdFieldwork: string;

  it('does not warn at three visits in 12 months, one of them in an agreed programme', async () => {
    const agreed = await mutate('createProgramme', {
      title: 'Joint inspection programme 2024 to 2026',
      startsOn: '2024-04-01',
      endsOn: '2026-03-31',
    });
    await mutate(
      'addInspection',
      core(agreed.id, 'PEEL Kent 2024', ['2024-06-03', '2024-06-28'], 2024),
    );
    await mutate(
      'addInspection',
      core(agreed.id, 'PEEL Kent 2025', ['2025-06-02', '2025-06-27'], 2025),
    );
    await mutate('changeProgrammeStatus', {
      programmeId: agreed.id,
      status: 'AGREED',
      expectedVersion: agreed.version,
    });

    const draft = await mutate('createProgramme', {
      title: 'Joint inspection programme 2026 to 2028',
      startsOn: '2026-04-01',
      endsOn: '2028-03-31',
    });
    draftId = draft.id;
    await mutate(
      'addInspection',
      core(draftId, 'Custody Kent', ['2025-09-01', '2025-09-12'], 2025),
    );
    const third = await mutate(
      'addInspection',
      core(draftId, 'Stalking Kent', ['2026-01-12', '2026-01-23'], 2025),
      'id phases { id kind }',
    );
    thirdFieldwork = third.phases.find((p: any) => p.kind === 'FIELDWORK').id;
    expect(await warningsOf(draftId)).toEqual([]);
  });

  it('warns when a fourth would fall in the 12 months, naming the three before it', async () => {
    const fourth = await mutate(
      'addInspection',
      core(draftId, 'Rape Kent', ['2026-05-04', '2026-05-15'], 2026),
      'id phases { id kind }',
    );
    fourthFieldwork = fourth.phases.find((p: any) => p.kind === 'FIELDWORK').id;
    expect(await warningsOf(draftId)).toEqual([
      {
        kind: 'INSPECTION_BURDEN',
        message:
          `Fieldwork for "Rape Kent" (HMICFRS) from 4 May 2026 would be Kent Police's 4th visit in ` +
          `12 months (a warning from the 4th): "PEEL Kent 2025" (HMICFRS) from 2 June 2025; ` +
          `"Custody Kent" (HMICFRS) from 1 September 2025; "Stalking Kent" (HMICFRS) from 12 January 2026.`,
        phaseIds: [fourthFieldwork],
      },
    ]);
  });

  it('gives the same warnings in the what-if preview, and clears when a visit moves out', async () => {
    const preview = async (phaseId: string, plannedStart: string, plannedEnd: string) =>
      (
        await execute(
          `query($programmeId: ID!, $changes: [StagedPhaseChangeInput!]!) {
            schedulePreview(programmeId: $programmeId, changes: $changes) { warnings { kind phaseIds } }
          }`,
          { programmeId: draftId, changes: [{ phaseId, plannedStart, plannedEnd }] },
        )
      ).data!.schedulePreview.warnings.filter((w: any) => w.kind === 'INSPECTION_BURDEN');
    // Staging no change at all: the warnings as saved.
    expect(await preview(fourthFieldwork, '2026-05-04', '2026-05-15')).toEqual([
      { kind: 'INSPECTION_BURDEN', phaseIds: [fourthFieldwork] },
    ]);
    // The fourth moved past June 2026: PEEL Kent 2025 has left its 12 months.
    expect(await preview(fourthFieldwork, '2026-06-08', '2026-06-19')).toEqual([]);
    // The third moved after the fourth instead: the moved one is now the fourth visit.
    expect(await preview(thirdFieldwork, '2026-05-11', '2026-05-22')).toEqual([
      { kind: 'INSPECTION_BURDEN', phaseIds: [thirdFieldwork] },
    ]);
  });

  it('does not count a cancelled inspection', async () => {
    const { data } = await execute(
      `query($id: ID!) { programme(id: $id) { inspections { id title version } } }`,
      { id: draftId },
    );
    const custody = data!.programme.inspections.find((i: any) => i.title === 'Custody Kent');
    await mutate('changeInspectionStatus', {
      inspectionId: custody.id,
      status: 'CANCELLED',
      reason: 'Merged into the stalking inspection.',
      expectedVersion: custody.version,
    });
    expect(await warningsOf(draftId)).toEqual([]);
  });
});
