import { loadReferenceData } from '@cjji/db';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const referenceDataDir = join(import.meta.dirname, '../../prisma/reference-data');

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

function copyOfReferenceData(edit: (file: string, text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'cjji-reference-'));
  cpSync(referenceDataDir, dir, { recursive: true });
  for (const file of ['police-forces.csv', 'cps-areas.csv', 'bodies.csv']) {
    writeFileSync(join(dir, file), edit(file, readFileSync(join(dir, file), 'utf8')));
  }
  return dir;
}

async function snapshot(prisma: TestDatabase['prisma']) {
  return {
    agencies: await prisma.agency.count(),
    terms: await prisma.localPolicingBodyTerm.findMany({ orderBy: { id: 'asc' } }),
    coverage: await prisma.cpsAreaCoverage.count(),
    ministers: await prisma.minister.count(),
  };
}

describe('reference data', () => {
  it('holds the 43 territorial police forces, each with one local policing body in office', async () => {
    const forces = await db.prisma.agency.findMany({
      where: { kindCode: 'POLICE_FORCE' },
      include: {
        localPolicingBodyTerms: { where: { endsOn: null }, include: { localPolicingBody: true } },
      },
    });
    expect(forces).toHaveLength(43);
    for (const force of forces) expect(force.localPolicingBodyTerms, force.name).toHaveLength(1);
    expect(
      forces
        .filter((force) => force.country === 'WALES')
        .map((force) => force.name)
        .sort(),
    ).toEqual(['Dyfed-Powys Police', 'Gwent Police', 'North Wales Police', 'South Wales Police']);

    const kinds = forces.map((force) => force.localPolicingBodyTerms[0]!.localPolicingBody.kind);
    const count = (kind: string) => kinds.filter((k) => k === kind).length;
    expect({
      PCC: count('PCC'),
      PFCC: count('PFCC'),
      MAYOR: count('MAYOR'),
      COMMON_COUNCIL: count('COMMON_COUNCIL'),
    }).toEqual({ PCC: 33, PFCC: 4, MAYOR: 5, COMMON_COUNCIL: 1 });
  });

  it('holds the CPS and its 14 areas, HMCTS, HMPPS and its 12 probation regions', async () => {
    const byKind = await db.prisma.agency.groupBy({ by: ['kindCode'], _count: true });
    expect(Object.fromEntries(byKind.map((row) => [row.kindCode, row._count]))).toEqual({
      POLICE_FORCE: 43,
      CPS: 1,
      CPS_AREA: 14,
      HMCTS: 1,
      HMPPS: 1,
      PROBATION_REGION: 12,
    });
    const regions = await db.prisma.agency.findMany({
      where: { kindCode: 'PROBATION_REGION' },
      include: { parent: true },
    });
    expect(new Set(regions.map((region) => region.parent?.shortName))).toEqual(new Set(['HMPPS']));
  });

  it('has every police force prosecuted by a CPS area, and the Met split between London North and South', async () => {
    const forces = await db.prisma.agency.findMany({
      where: { kindCode: 'POLICE_FORCE' },
      include: { coveredByAreas: { include: { cpsArea: true } } },
    });
    for (const force of forces) expect(force.coveredByAreas.length, force.name).toBeGreaterThan(0);
    const met = forces.find((force) => force.name === 'Metropolitan Police Service')!;
    expect(met.coveredByAreas.map((c) => [c.cpsArea.name, c.partial]).sort()).toEqual([
      ['CPS London North', true],
      ['CPS London South', true],
    ]);
    const wales = await db.prisma.agency.findUniqueOrThrow({ where: { name: 'CPS Cymru-Wales' } });
    expect(wales.country).toBe('WALES');
  });

  it('names the minister who lays each kind of agency’s action plans and the inspectorates that inspect it', async () => {
    const kinds = await db.prisma.agencyKind.findMany({
      include: { responsibleMinister: true, inspectedBy: true },
    });
    const minister = Object.fromEntries(
      kinds.map((kind) => [kind.code, kind.responsibleMinister.title]),
    );
    expect(minister).toMatchObject({
      POLICE_FORCE: 'Home Secretary',
      CPS_AREA: 'Attorney General',
      HMCTS: 'Lord Chancellor and Secretary of State for Justice',
      HMPPS: 'Lord Chancellor and Secretary of State for Justice',
      PRISON: 'Lord Chancellor and Secretary of State for Justice',
    });
    expect(
      kinds.find((kind) => kind.code === 'PRISON')!.inspectedBy.map((i) => i.shortName),
    ).toEqual(['HMI Prisons']);
    expect(await db.prisma.inspectorate.count()).toBe(4);
    expect(await db.prisma.commissioner.findMany({ select: { shortName: true } })).toEqual([
      { shortName: "Victims' Commissioner" },
    ]);
  });

  it('records the source file of every row', async () => {
    expect(await db.prisma.agency.count({ where: { sourceKey: null } })).toBe(0);
    const source = await db.prisma.dataSource.findUniqueOrThrow({
      where: { key: 'police-forces.csv' },
    });
    expect(source.publisher).toMatch(/Home Office/);
  });

  it('writes nothing when loaded again unchanged', async () => {
    const before = await snapshot(db.prisma);
    expect(await loadReferenceData(db.prisma)).toEqual({ loaded: [] });
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it('refuses a file with an unknown police force, naming the file and line, and writes nothing', async () => {
    const before = await snapshot(db.prisma);
    const dir = copyOfReferenceData((file, text) =>
      file === 'cps-areas.csv'
        ? text.replace('Kent Police;Surrey Police', 'Kent Police;Surrey Constabulary')
        : text,
    );
    // A valid change elsewhere in the same load must not be written either.
    writeFileSync(
      join(dir, 'bodies.csv'),
      readFileSync(join(dir, 'bodies.csv'), 'utf8').replace(
        'Superintends the CPS',
        'Superintends the Crown Prosecution Service',
      ),
    );
    await expect(loadReferenceData(db.prisma, { dir })).rejects.toThrow(
      /cps-areas\.csv, line 10: unknown police force "Surrey Constabulary"/,
    );
    expect(await snapshot(db.prisma)).toEqual(before);
    expect(
      (await db.prisma.minister.findUniqueOrThrow({ where: { title: 'Attorney General' } })).notes,
    ).toBe('Superintends the CPS');
  });
  // Changes the data for the rest of the file, so it runs last.
  it('keeps history when a force’s local policing body changes in the data', async () => {
    const dir = copyOfReferenceData((file, text) =>
      file === 'police-forces.csv'
        ? text.replace(
            'Kent Police,South East,England,Kent Police and Crime Commissioner,PCC,2012-11-22',
            'Kent Police,South East,England,Leader of Kent County Council,Mayor,2028-05-11',
          )
        : text,
    );
    await loadReferenceData(db.prisma, { dir });
    const terms = await db.prisma.localPolicingBodyTerm.findMany({
      where: { policeForce: { name: 'Kent Police' } },
      include: { localPolicingBody: true },
      orderBy: { startsOn: 'asc' },
    });
    expect(
      terms.map((t) => [
        t.localPolicingBody.name,
        t.startsOn?.toISOString().slice(0, 10),
        t.endsOn?.toISOString().slice(0, 10) ?? null,
      ]),
    ).toEqual([
      ['Kent Police and Crime Commissioner', '2012-11-22', '2028-05-10'],
      ['Leader of Kent County Council', '2028-05-11', null],
    ]);
    // Going back to a body that held the role before is a new term, not a rewrite of history.
    await expect(loadReferenceData(db.prisma)).rejects.toThrow(
      /police-forces\.csv, line 19: the new local policing body must take over after 2028-05-11/,
    );
  });
});
