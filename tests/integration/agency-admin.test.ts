/**
 * The directory of agencies as data: an administrator adds, renames and closes agencies and
 * imports them from a file; nobody else may, and a refusal writes nothing.
 */
import type { Viewer } from '@cjji/api/viewer';
import {
  acceptAgencyImportMutation,
  addAgencyMutation,
  agencyAdminQuery,
  agencyImportQuery,
  checkAgencyImportMutation,
  closeAgencyMutation,
  renameAgencyMutation,
  reopenAgencyMutation,
} from '@cjji/contract/agency-admin';
import { acceptImportMutation, checkImportMutation } from '@cjji/contract/ratings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
let admin: Execute;
let lead: Execute;
let editor: Execute;
const stops: Array<() => Promise<void>> = [];
const now = new Date('2026-11-25T12:00:00Z');
/** The code a refusal is answered with, at the GraphQL level, with no data. */
const refusal = (result: {
  data?: unknown;
  errors?: readonly { extensions?: { code?: unknown } }[];
}) => result.errors?.[0]?.extensions?.code;
const gid = (type: string, raw: string) => Buffer.from(`${type}:${raw}`).toString('base64');
const person = (roles: Viewer['roles']): Viewer => ({
  userId: null,
  name: 'Someone',
  email: 'someone@example.test',
  sessionId: null,
  roles,
});

beforeAll(async () => {
  db = await createTestDatabase();
  const prisons = await db.prisma.inspectorate.findFirstOrThrow({
    where: { shortName: 'HMI Prisons' },
  });
  const kent = await db.prisma.agency.findFirstOrThrow({ where: { name: 'Kent Police' } });
  const viewers = [
    person([{ role: 'ADMINISTRATOR' }]),
    person([{ role: 'INSPECTORATE_LEAD', inspectorateId: prisons.id }]),
    person([{ role: 'AGENCY_EDITOR', agencyId: kent.id }]),
  ];
  const executes: Execute[] = [];
  for (const viewer of viewers) {
    const server = await graphqlAgainst(db.prisma, now, viewer);
    executes.push(server.execute);
    stops.push(server.stop);
  }
  [admin, lead, editor] = executes as [Execute, Execute, Execute];
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db?.close();
});

async function hmppsId() {
  const hmpps = await db.prisma.agency.findFirstOrThrow({ where: { kindCode: 'HMPPS' } });
  return gid('Agency', hmpps.id);
}

const prisonInput = async (name: string) => ({
  name,
  kindCode: 'PRISON' as const,
  region: 'Yorkshire and the Humber',
  country: 'ENGLAND' as const,
  parentId: await hmppsId(),
});

describe('adding an agency', () => {
  it('adds a prison under HMPPS for an administrator, audited', async () => {
    const { data, errors } = await admin(addAgencyMutation, {
      input: await prisonInput('HMP Wakefield'),
    });
    expect(errors).toBeUndefined();
    const added = data!.addAgency;
    if (added.__typename !== 'MutationAddAgencySuccess') throw new Error(added.__typename);
    const row = await db.prisma.agency.findUniqueOrThrow({
      where: { name: 'HMP Wakefield' },
      include: { parent: true },
    });
    expect(row).toMatchObject({ kindCode: 'PRISON', closedOn: null, version: 1 });
    expect(row.parent!.kindCode).toBe('HMPPS');
    expect(
      await db.prisma.auditEvent.count({ where: { action: 'addAgency', entityId: row.id } }),
    ).toBe(1);
  });

  it('answers every problem at once, each on its field, and adds nothing', async () => {
    const before = await db.prisma.agency.count();
    const closedParent = await db.prisma.agency.create({
      data: {
        name: 'A closed region',
        kindCode: 'PROBATION_REGION',
        country: 'ENGLAND',
        closedOn: new Date('2025-03-31'),
      },
    });
    const { data } = await admin(addAgencyMutation, {
      input: {
        ...(await prisonInput('hmp WAKEFIELD')),
        parentId: gid('Agency', closedParent.id),
      },
    });
    const result = data!.addAgency;
    if (result.__typename !== 'InputError') throw new Error(result.__typename);
    expect(result.issues).toEqual([
      {
        field: ['input', 'name'],
        message: 'HMP Wakefield already has that name: give the agency a name of its own',
      },
      {
        field: ['input', 'parentId'],
        message: 'A closed region closed on 31 March 2025: choose an open agency',
      },
    ]);
    expect(await db.prisma.agency.count()).toBe(before + 1);
  });

  it('refuses everyone but an administrator, writing nothing', async () => {
    const before = await db.prisma.agency.count();
    for (const as of [lead, editor]) {
      const result = await as(addAgencyMutation, { input: await prisonInput('HMP Hull') });
      expect(refusal(result)).toBe('FORBIDDEN');
    }
    expect(await db.prisma.agency.count()).toBe(before);
  });
});

describe('renaming and closing an agency', () => {
  it('keeps the old name in its history, and tells a stale second editor', async () => {
    const agency = await db.prisma.agency.findUniqueOrThrow({ where: { name: 'HMP Wakefield' } });
    const agencyId = gid('Agency', agency.id);
    const renamed = await admin(renameAgencyMutation, {
      input: { agencyId, expectedVersion: 1, name: 'HMP Wakefield (Monster Mansion)' },
    });
    expect(renamed.data!.renameAgency.__typename).toBe('MutationRenameAgencySuccess');
    const stale = await admin(renameAgencyMutation, {
      input: { agencyId, expectedVersion: 1, name: 'HMP New Hall' },
    });
    expect(stale.data!.renameAgency.__typename).toBe('ConflictError');
    const { data } = await admin(agencyAdminQuery, { id: agencyId });
    expect(data!.agency).toMatchObject({
      name: 'HMP Wakefield (Monster Mansion)',
      version: 2,
      formerNames: [{ name: 'HMP Wakefield', renamedOn: '2026-11-25' }],
      viewerCan: { rename: true, close: true },
    });
    const asLead = await lead(renameAgencyMutation, {
      input: { agencyId, expectedVersion: 2, name: 'HMP Elsewhere' },
    });
    expect(refusal(asLead)).toBe('FORBIDDEN');
    expect((await lead(agencyAdminQuery, { id: agencyId })).data!.agency.viewerCan).toEqual({
      rename: false,
      close: false,
      reopen: false,
    });
  });

  it('closes it: its record stays, pickers no longer offer it, and no rating after the day', async () => {
    const agency = await db.prisma.agency.findFirstOrThrow({
      where: { name: 'HMP Wakefield (Monster Mansion)' },
    });
    const agencyId = gid('Agency', agency.id);
    const asLead = await lead(closeAgencyMutation, {
      input: { agencyId, expectedVersion: 2, closedOn: '2026-10-31' },
    });
    expect(refusal(asLead)).toBe('FORBIDDEN');
    const closed = await admin(closeAgencyMutation, {
      input: { agencyId, expectedVersion: 2, closedOn: '2026-10-31' },
    });
    expect(closed.data!.closeAgency).toMatchObject({ data: { closedOn: '2026-10-31' } });
    const again = await admin(closeAgencyMutation, {
      input: { agencyId, expectedVersion: 3, closedOn: '2026-11-01' },
    });
    expect(again.data!.closeAgency).toMatchObject({
      issues: [{ message: 'HMP Wakefield (Monster Mansion) already closed on 31 October 2026' }],
    });

    const names = async (filter: object) =>
      (
        await lead(
          `query($f: AgencyFilter) { agencies(filter: $f, first: 200) { edges { node { name } } } }`,
          {
            f: filter,
          },
        )
      ).data!.agencies.edges.map((edge: { node: { name: string } }) => edge.node.name);
    expect(await names({ kinds: ['PRISON'] })).not.toContain('HMP Wakefield (Monster Mansion)');
    expect(await names({ kinds: ['PRISON'], includeClosed: true })).toContain(
      'HMP Wakefield (Monster Mansion)',
    );

    const framework = await db.prisma.ratingFramework.findFirstOrThrow({
      where: { name: 'Healthy prison tests' },
      include: { grades: true },
    });
    const rate = (ratedOn: string) =>
      lead(
        `mutation($input: RecordRatingInput!) { recordRating(input: $input) { __typename ... on InputError { issues { field message } } } }`,
        {
          input: {
            agencyId,
            frameworkId: gid('RatingFramework', framework.id),
            areaCode: 'TREATMENT_OF_VICTIMS',
            gradeId: framework.grades[0]!.id,
            ratedOn,
            rationale: 'Victims were kept informed throughout.',
          },
        },
      );
    expect((await rate('2026-11-01')).data!.recordRating).toEqual({
      __typename: 'InputError',
      issues: [
        {
          field: ['input', 'ratedOn'],
          message:
            'HMP Wakefield (Monster Mansion) closed on 31 October 2026: a rating must be dated on or before then.',
        },
      ],
    });
    expect((await rate('2026-10-01')).data!.recordRating.__typename).toBe(
      'MutationRecordRatingSuccess',
    );
  });
});

describe('every problem with an agency at once', () => {
  it('names each field whose own check fails, not only the first, in words', async () => {
    const { data } = await admin(addAgencyMutation, {
      input: {
        ...(await prisonInput('HMP Too Long')),
        shortName: 'x'.repeat(101),
        region: 'y'.repeat(101),
        notes: 'z'.repeat(2001),
      },
    });
    expect(data!.addAgency).toMatchObject({
      __typename: 'InputError',
      issues: [
        { field: ['input', 'shortName'], message: 'Short name must be 100 characters or fewer' },
        { field: ['input', 'region'], message: 'Region must be 100 characters or fewer' },
        { field: ['input', 'notes'], message: 'Notes must be 2,000 characters or fewer' },
      ],
    });
    expect(await db.prisma.agency.count({ where: { name: 'HMP Too Long' } })).toBe(0);
  });
});

describe('reopening an agency', () => {
  const reopen = (run: Execute, agencyId: string, expectedVersion: number, reason: string) =>
    run(reopenAgencyMutation, { input: { agencyId, expectedVersion, reason } });

  it('undoes a closing with a reason, kept with the closing day; only an administrator may', async () => {
    const agency = await db.prisma.agency.findFirstOrThrow({
      where: { name: 'HMP Wakefield (Monster Mansion)' },
    });
    const agencyId = gid('Agency', agency.id);
    expect(refusal(await reopen(lead, agencyId, agency.version, 'Closed in error'))).toBe(
      'FORBIDDEN',
    );
    expect((await reopen(admin, agencyId, agency.version, '  ')).data!.reopenAgency).toMatchObject({
      issues: [{ field: ['input', 'reason'], message: 'Enter why the agency is reopened' }],
    });
    expect(
      (await db.prisma.agency.findUniqueOrThrow({ where: { id: agency.id } })).closedOn,
    ).toEqual(new Date('2026-10-31'));

    const done = await reopen(admin, agencyId, agency.version, 'Closed in error: it never shut');
    expect(done.data!.reopenAgency).toMatchObject({
      data: { closedOn: null, version: agency.version + 1 },
    });
    const { data } = await admin(agencyAdminQuery, { id: agencyId });
    expect(data!.agency).toMatchObject({
      closedOn: null,
      reopenings: [
        {
          closedOn: '2026-10-31',
          reason: 'Closed in error: it never shut',
          reopenedOn: '2026-11-25',
        },
      ],
      viewerCan: { close: true, reopen: false },
    });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'reopenAgency', entityId: agency.id },
    });
    expect(audit.after).toMatchObject({ closedOn: null, reason: 'Closed in error: it never shut' });

    // Open again, so there is nothing to undo; and a stale form is told so.
    expect(
      (await reopen(admin, agencyId, agency.version + 1, 'Again')).data!.reopenAgency,
    ).toMatchObject({
      issues: [{ message: 'HMP Wakefield (Monster Mansion) is open: there is nothing to undo' }],
    });
  });
});

describe('rating an agency that closes while its file waits', () => {
  it('refuses a file’s row dated after the closing, and the accept of a file checked before it', async () => {
    const agency = await db.prisma.agency.findFirstOrThrow({
      where: { name: 'HMP Wakefield (Monster Mansion)' },
    });
    const agencyId = gid('Agency', agency.id);
    const row = (ratedOn: string) =>
      `HMP Wakefield (Monster Mansion),Healthy prison tests,Treatment of victims,Good,${ratedOn},Fine`;
    const csv = (...rows: string[]) =>
      ['agency,framework,area,grade,rated_on,rationale', ...rows].join('\n');
    const check = async (text: string) => {
      const result = (await lead(checkImportMutation, { input: { fileName: 'r.csv', csv: text } }))
        .data!.checkRatingImport;
      if (result.__typename !== 'MutationCheckRatingImportSuccess')
        throw new Error(JSON.stringify(result));
      const { data } = await lead(
        `query($id: ID!) { ratingImport(id: $id) { id version goodRows badRows rows { line problems } } }`,
        { id: result.data.id },
      );
      return data!.ratingImport;
    };
    const waiting = await check(csv(row('2026-11-20')));
    expect(waiting).toMatchObject({ goodRows: 1, badRows: 0 });

    const closed = await admin(closeAgencyMutation, {
      input: { agencyId, expectedVersion: agency.version, closedOn: '2026-11-15' },
    });
    expect(closed.data!.closeAgency.__typename).toBe('MutationCloseAgencySuccess');

    const before = await db.prisma.rating.count({ where: { agencyId: agency.id } });
    const accepted = await lead(acceptImportMutation, {
      input: { importId: waiting.id, expectedVersion: waiting.version },
    });
    expect(accepted.data!.acceptRatingImport).toMatchObject({
      __typename: 'InvalidStateError',
      message:
        'HMP Wakefield (Monster Mansion) closed on 15 November 2026 since the file was checked. Check the file again to see which rows are dated after that.',
    });
    expect(await db.prisma.rating.count({ where: { agencyId: agency.id } })).toBe(before);

    const again = await check(csv(row('2026-11-15'), row('2026-11-20')));
    expect(again).toMatchObject({ goodRows: 1, badRows: 1 });
    expect(again.rows[1]).toEqual({
      line: 3,
      problems: [
        'HMP Wakefield (Monster Mansion) closed on 15 November 2026: a rating must be dated on or before then.',
      ],
    });
  });
});

describe('importing agencies from a file', () => {
  const csv = [
    'name,kind,short_name,region,country,parent',
    'HMP Hull,Prison,,Yorkshire and the Humber,England,HM Prison and Probation Service',
    'Kent Police,Police force,,South East,England,',
    'Cardiff Youth Justice Service,Youth offending team,,Wales,Wales,',
    'Swansea PDU,Probation delivery unit,,Wales,Cymru,Probation Service Wales',
  ].join('\n');

  it('lists every bad row with its problems and saves nothing until accepted, then all at once', async () => {
    const before = await db.prisma.agency.count();
    const checked = await admin(checkAgencyImportMutation, {
      input: { fileName: 'agencies.csv', csv },
    });
    const result = checked.data!.checkAgencyImport;
    if (result.__typename !== 'MutationCheckAgencyImportSuccess')
      throw new Error(JSON.stringify(result));
    expect(await db.prisma.agency.count()).toBe(before);
    const { data } = await admin(agencyImportQuery, { id: result.data.id });
    const report = data!.agencyImport;
    expect(report).toMatchObject({ goodRows: 2, badRows: 2, viewerCan: { accept: true } });
    expect(report.rows.filter((row) => !row.ok).map((row) => [row.line, row.problems])).toEqual([
      [3, ['Kent Police already has that name: give the agency a name of its own.']],
      [5, ['"Cymru" is not a country here: use England, Wales or England and Wales.']],
    ]);

    // Another role cannot see or decide the file.
    expect((await lead(agencyImportQuery, { id: result.data.id })).data).toBeNull();
    const leadAccept = await lead(acceptAgencyImportMutation, {
      input: { importId: result.data.id, expectedVersion: 1 },
    });
    expect(refusal(leadAccept)).toBe('FORBIDDEN');

    const accepted = await admin(acceptAgencyImportMutation, {
      input: { importId: result.data.id, expectedVersion: 1 },
    });
    expect(accepted.data!.acceptAgencyImport).toMatchObject({ data: { status: 'ACCEPTED' } });
    expect(await db.prisma.agency.count()).toBe(before + 2);
    const youth = await db.prisma.agency.findUniqueOrThrow({
      where: { name: 'Cardiff Youth Justice Service' },
    });
    expect(youth).toMatchObject({ kindCode: 'YOUTH_OFFENDING_TEAM', country: 'WALES' });

    const twice = await admin(acceptAgencyImportMutation, {
      input: { importId: result.data.id, expectedVersion: 2 },
    });
    expect(twice.data!.acceptAgencyImport).toMatchObject({
      message: 'This file was already accepted.',
    });
    expect(await db.prisma.agency.count()).toBe(before + 2);
  });

  it('refuses to check a file for anyone but an administrator', async () => {
    const before = await db.prisma.agencyImport.count();
    const result = await editor(checkAgencyImportMutation, {
      input: { fileName: 'agencies.csv', csv },
    });
    expect(refusal(result)).toBe('FORBIDDEN');
    expect(await db.prisma.agencyImport.count()).toBe(before);
  });

  it('adds nothing when a name was taken after the file was checked', async () => {
    const checked = await admin(checkAgencyImportMutation, {
      input: {
        fileName: 'late.csv',
        csv: 'name,kind,country\nHMP Leeds,Prison,England\nHMP Lindholme,Prison,England',
      },
    });
    const id = (checked.data!.checkAgencyImport as { data: { id: string } }).data.id;
    await admin(addAgencyMutation, {
      input: { name: 'HMP Leeds', kindCode: 'PRISON', country: 'ENGLAND' },
    });
    const before = await db.prisma.agency.count();
    const accepted = await admin(acceptAgencyImportMutation, {
      input: { importId: id, expectedVersion: 1 },
    });
    expect(accepted.data!.acceptAgencyImport.__typename).toBe('ConflictError');
    expect(await db.prisma.agency.count()).toBe(before);
    expect((await db.prisma.agencyImport.findUniqueOrThrow({ where: { id } })).status).toBe(
      'CHECKED',
    );
  });
});
