/**
 * Loads the reference data (ministers, inspectorates, agencies, local policing bodies, CPS
 * coverage) from the CSV files in prisma/reference-data. Idempotent: a file whose checksum
 * matches the last load is skipped; a changed file is upserted by natural key, so
 * corrections are made in data, not code. When a force's local policing body changes, the
 * old term is ended and a new one opened, so who held the role on a past date stays answerable.
 */
import type {
  AgencyKindCode,
  Country,
  LocalPolicingBodyKind,
} from '../../generated/client/enums.ts';
import type { PrismaClient } from '../../generated/client/client.ts';
import {
  readReferenceFile,
  ReferenceDataError,
  referenceDataDir,
  type ReferenceFile,
} from './files.ts';
import { readRatingFiles, upsertRatingScales } from './rating-scales.ts';

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

const countries: Record<string, Country> = {
  England: 'ENGLAND',
  Wales: 'WALES',
  'England and Wales': 'ENGLAND_AND_WALES',
};
const policingBodyKinds: Record<string, LocalPolicingBodyKind> = {
  PCC: 'PCC',
  PFCC: 'PFCC',
  Mayor: 'MAYOR',
  'City of London Corporation': 'COMMON_COUNCIL',
};
const nationalAgencyKinds: Record<string, AgencyKindCode> = {
  HMCTS: 'HMCTS',
  HMPPS: 'HMPPS',
  CPS: 'CPS',
};

function readAll(dir: string) {
  return {
    sources: readReferenceFile<{
      file: string;
      title: string;
      publisher: string;
      as_at: string;
      url: string;
    }>('sources.csv', ['file', 'title', 'publisher', 'as_at'], dir),
    bodies: readReferenceFile<{
      kind: string;
      name: string;
      short_name: string;
      responsible_minister: string;
      notes: string;
    }>('bodies.csv', ['kind', 'name', 'short_name'], dir),
    agencyKinds: readReferenceFile<{
      code: string;
      name: string;
      plural_name: string;
      responsible_minister: string;
      inspected_by: string;
      notes: string;
    }>(
      'agency-kinds.csv',
      ['code', 'name', 'plural_name', 'responsible_minister', 'inspected_by'],
      dir,
    ),
    policeForces: readReferenceFile<{
      name: string;
      region: string;
      country: string;
      local_policing_body: string;
      local_policing_body_kind: string;
      local_policing_body_since: string;
    }>(
      'police-forces.csv',
      ['name', 'region', 'country', 'local_policing_body', 'local_policing_body_kind'],
      dir,
    ),
    cpsAreas: readReferenceFile<{ name: string; police_forces: string }>(
      'cps-areas.csv',
      ['name', 'police_forces'],
      dir,
    ),
    probationRegions: readReferenceFile<{ name: string; country: string }>(
      'probation-regions.csv',
      ['name', 'country'],
      dir,
    ),
    statutoryConsultees: readReferenceFile<{
      name: string;
      short_name: string;
      basis: string;
      notes: string;
    }>('statutory-consultees.csv', ['name', 'short_name', 'basis'], dir),
    otherInspectingBodies: readReferenceFile<{
      name: string;
      short_name: string;
      inspects: string;
      notes: string;
    }>('other-inspecting-bodies.csv', ['name', 'short_name', 'inspects'], dir),
    burdenThresholds: readReferenceFile<{ agency_kind: string; warn_from_visit: string }>(
      'inspection-burden.csv',
      ['agency_kind', 'warn_from_visit'],
      dir,
    ),
    scopeFunctions: readReferenceFile<{ agency_kind: string; name: string; notes: string }>(
      'scope-functions.csv',
      ['agency_kind', 'name'],
      dir,
    ),
    ...readRatingFiles(dir),
  };
}

export interface LoadResult {
  /** The files loaded this time; empty when every file matched its last load. */
  loaded: string[];
}

export async function loadReferenceData(
  prisma: PrismaClient,
  options: { dir?: string; today?: Date } = {},
): Promise<LoadResult> {
  const files = readAll(options.dir ?? referenceDataDir);
  const dataFiles = Object.values(files).filter((file) => file.key !== 'sources.csv');
  const previous = await prisma.dataSource.findMany({ select: { key: true, checksum: true } });
  const previousChecksums = new Map(previous.map((source) => [source.key, source.checksum]));
  if (dataFiles.every((file) => previousChecksums.get(file.key) === file.checksum))
    return { loaded: [] };

  // Everything or nothing: a half-loaded directory would be worse than the previous one.
  await prisma.$transaction(
    async (tx) => {
      await upsertSources(tx, files.sources, dataFiles);
      const ministers = await upsertMinisters(tx, files.bodies);
      const inspectorates = await upsertInspectorates(tx, files.bodies, ministers);
      await upsertCommissioners(tx, files.bodies);
      await upsertAgencyKinds(tx, files.agencyKinds, ministers, inspectorates);
      const nationalAgencies = await upsertNationalAgencies(tx, files.bodies);
      const forces = await upsertPoliceForces(tx, files.policeForces, options.today ?? new Date());
      await upsertCpsAreas(tx, files.cpsAreas, forces, nationalAgencies.get('CPS')!);
      await upsertProbationRegions(tx, files.probationRegions, nationalAgencies.get('HMPPS')!);
      await upsertRatingScales(tx, files, inspectorates);
      await upsertStatutoryConsultees(tx, files.statutoryConsultees);
      await upsertScopeFunctions(tx, files.scopeFunctions);
      await upsertBurdenThresholds(tx, files.burdenThresholds);
      await upsertOtherInspectingBodies(tx, files.otherInspectingBodies);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { loaded: dataFiles.map((file) => file.key) };
}

async function upsertSources(
  tx: Tx,
  sources: ReferenceFile<Record<'file' | 'title' | 'publisher' | 'as_at' | 'url', string>>,
  dataFiles: Array<ReferenceFile<Record<string, string>>>,
) {
  const described = new Map(sources.rows.map(({ row, line }) => [row.file, { row, line }]));
  for (const file of dataFiles) {
    const source = described.get(file.key);
    if (!source) throw new ReferenceDataError('sources.csv', 1, `no row describes ${file.key}`);
    const data = {
      title: source.row.title,
      publisher: source.row.publisher,
      asAt: parseDate('sources.csv', source.line, source.row.as_at),
      url: source.row.url || null,
      checksum: file.checksum,
      loadedAt: new Date(),
    };
    await tx.dataSource.upsert({
      where: { key: file.key },
      create: { key: file.key, ...data },
      update: data,
    });
  }
}

function parseDate(file: string, line: number, value: string): Date {
  const date = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw new ReferenceDataError(file, line, `"${value}" is not a date in the form YYYY-MM-DD`);
  }
  return date;
}

function lookUp<T>(map: Map<string, T>, file: string, line: number, what: string, name: string): T {
  const found = map.get(name);
  if (found === undefined) throw new ReferenceDataError(file, line, `unknown ${what} "${name}"`);
  return found;
}

/** Ministers are named by their short title elsewhere ("Lord Chancellor" for "Lord Chancellor and Secretary of State for Justice"). */
function ministerByTitle(
  ministers: Map<string, string>,
  file: string,
  line: number,
  title: string,
): string {
  const exact = ministers.get(title);
  if (exact) return exact;
  const matches = [...ministers.entries()].filter(([full]) => full.startsWith(`${title} and `));
  if (matches.length !== 1) throw new ReferenceDataError(file, line, `unknown minister "${title}"`);
  return matches[0]![1];
}

async function upsertMinisters(tx: Tx, bodies: ReturnType<typeof readAll>['bodies']) {
  const ids = new Map<string, string>();
  for (const { row } of bodies.rows.filter(({ row }) => row.kind === 'minister')) {
    const data = { department: row.short_name, notes: row.notes || null, sourceKey: bodies.key };
    const minister = await tx.minister.upsert({
      where: { title: row.name },
      create: { title: row.name, ...data },
      update: data,
    });
    ids.set(minister.title, minister.id);
  }
  return ids;
}

async function upsertInspectorates(
  tx: Tx,
  bodies: ReturnType<typeof readAll>['bodies'],
  ministers: Map<string, string>,
) {
  const ids = new Map<string, string>();
  for (const { row, line } of bodies.rows.filter(({ row }) => row.kind === 'inspectorate')) {
    const data = {
      shortName: row.short_name,
      remit: row.notes || null,
      sponsoringMinisterId: row.responsible_minister
        ? ministerByTitle(ministers, bodies.key, line, row.responsible_minister)
        : null,
      sourceKey: bodies.key,
    };
    const inspectorate = await tx.inspectorate.upsert({
      where: { name: row.name },
      create: { name: row.name, ...data },
      update: data,
    });
    ids.set(inspectorate.shortName, inspectorate.id);
  }
  return ids;
}

async function upsertCommissioners(tx: Tx, bodies: ReturnType<typeof readAll>['bodies']) {
  for (const { row } of bodies.rows.filter(({ row }) => row.kind === 'commissioner')) {
    const data = { shortName: row.short_name, remit: row.notes || null, sourceKey: bodies.key };
    await tx.commissioner.upsert({
      where: { name: row.name },
      create: { name: row.name, ...data },
      update: data,
    });
  }
}

/**
 * By name. An administrator's retirement of a consultee (retiredOn) is not in the file, so a
 * reload leaves it as the administrator set it.
 */
async function upsertStatutoryConsultees(
  tx: Tx,
  consultees: ReturnType<typeof readAll>['statutoryConsultees'],
) {
  for (const { row } of consultees.rows) {
    const data = {
      shortName: row.short_name,
      basis: row.basis,
      notes: row.notes || null,
      sourceKey: consultees.key,
    };
    const existing = await tx.statutoryConsultee.findUnique({ where: { name: row.name } });
    if (!existing) await tx.statutoryConsultee.create({ data: { name: row.name, ...data } });
    else
      await tx.statutoryConsultee.update({
        where: { id: existing.id },
        data: { ...data, version: { increment: 1 } },
      });
  }
}

/**
 * By kind and name. An administrator's retirement (retiredOn) and own additions are not in the
 * file, so a reload leaves them as the administrator set them.
 */
async function upsertScopeFunctions(
  tx: Tx,
  functions: ReturnType<typeof readAll>['scopeFunctions'],
) {
  for (const [index, { row }] of functions.rows.entries()) {
    const agencyKindCode = row.agency_kind as AgencyKindCode;
    const data = { description: row.notes || null, sortOrder: index + 1, sourceKey: functions.key };
    await tx.scopeFunction.upsert({
      where: { agencyKindCode_name: { agencyKindCode, name: row.name } },
      create: { agencyKindCode, name: row.name, ...data },
      update: data,
    });
  }
}

async function upsertBurdenThresholds(
  tx: Tx,
  thresholds: ReturnType<typeof readAll>['burdenThresholds'],
) {
  for (const { row, line } of thresholds.rows) {
    const agencyKindCode = row.agency_kind as AgencyKindCode;
    const warnFromVisit = Number(row.warn_from_visit);
    if (!Number.isInteger(warnFromVisit) || warnFromVisit < 2)
      throw new ReferenceDataError(
        thresholds.key,
        line,
        'warn_from_visit is a whole number, 2 or more',
      );
    const data = { warnFromVisit, sourceKey: thresholds.key };
    const existing = await tx.inspectionBurdenThreshold.findUnique({ where: { agencyKindCode } });
    if (!existing) await tx.inspectionBurdenThreshold.create({ data: { agencyKindCode, ...data } });
    // An administrator's change (sourceKey cleared) stands over the file's figure.
    else if (existing.sourceKey)
      await tx.inspectionBurdenThreshold.update({
        where: { agencyKindCode },
        data: { ...data, version: { increment: 1 } },
      });
  }
}

/**
 * By name. An administrator's retirement (retiredOn) and own additions are not in the file, so a
 * reload leaves them as the administrator set them.
 */
async function upsertOtherInspectingBodies(
  tx: Tx,
  bodies: ReturnType<typeof readAll>['otherInspectingBodies'],
) {
  for (const { row } of bodies.rows) {
    const data = {
      shortName: row.short_name,
      inspects: row.inspects,
      notes: row.notes || null,
      sourceKey: bodies.key,
    };
    const existing = await tx.otherInspectingBody.findUnique({ where: { name: row.name } });
    if (!existing) await tx.otherInspectingBody.create({ data: { name: row.name, ...data } });
    else
      await tx.otherInspectingBody.update({
        where: { id: existing.id },
        data: { ...data, version: { increment: 1 } },
      });
  }
}

async function upsertAgencyKinds(
  tx: Tx,
  kinds: ReturnType<typeof readAll>['agencyKinds'],
  ministers: Map<string, string>,
  inspectorates: Map<string, string>,
) {
  for (const [index, { row, line }] of kinds.rows.entries()) {
    const inspectedBy = row.inspected_by
      .split(';')
      .map((name) => ({ id: lookUp(inspectorates, kinds.key, line, 'inspectorate', name.trim()) }));
    const data = {
      name: row.name,
      pluralName: row.plural_name,
      responsibleMinisterId: ministerByTitle(ministers, kinds.key, line, row.responsible_minister),
      sortOrder: index + 1,
      sourceKey: kinds.key,
    };
    const code = row.code as AgencyKindCode;
    await tx.agencyKind.upsert({
      where: { code },
      create: { code, ...data, inspectedBy: { connect: inspectedBy } },
      update: { ...data, inspectedBy: { set: inspectedBy } },
    });
  }
}

async function upsertAgency(
  tx: Tx,
  name: string,
  data: {
    kindCode: AgencyKindCode;
    shortName?: string | null;
    region?: string | null;
    country: Country;
    parentId?: string | null;
    notes?: string | null;
    sourceKey: string;
  },
) {
  const agency = await tx.agency.upsert({
    where: { name },
    create: { name, ...data },
    update: data,
    select: { id: true },
  });
  return agency.id;
}

function countryOf(file: string, line: number, value: string): Country {
  const country = countries[value];
  if (!country) throw new ReferenceDataError(file, line, `unknown country "${value}"`);
  return country;
}

async function upsertNationalAgencies(tx: Tx, bodies: ReturnType<typeof readAll>['bodies']) {
  const ids = new Map<string, string>();
  for (const { row, line } of bodies.rows.filter(({ row }) => row.kind === 'national_agency')) {
    const kindCode = lookUp(
      new Map(Object.entries(nationalAgencyKinds)),
      bodies.key,
      line,
      'national agency',
      row.short_name,
    );
    ids.set(
      row.short_name,
      await upsertAgency(tx, row.name, {
        kindCode,
        shortName: row.short_name,
        country: 'ENGLAND_AND_WALES',
        notes: row.notes || null,
        sourceKey: bodies.key,
      }),
    );
  }
  return ids;
}

async function upsertPoliceForces(
  tx: Tx,
  forces: ReturnType<typeof readAll>['policeForces'],
  today: Date,
) {
  const ids = new Map<string, { id: string; country: Country }>();
  for (const { row, line } of forces.rows) {
    const country = countryOf(forces.key, line, row.country);
    const forceId = await upsertAgency(tx, row.name, {
      kindCode: 'POLICE_FORCE',
      region: row.region,
      country,
      sourceKey: forces.key,
    });
    ids.set(row.name, { id: forceId, country });

    const kind = policingBodyKinds[row.local_policing_body_kind];
    if (!kind)
      throw new ReferenceDataError(
        forces.key,
        line,
        `unknown local policing body kind "${row.local_policing_body_kind}"`,
      );
    const body = await tx.localPolicingBody.upsert({
      where: { name: row.local_policing_body },
      create: { name: row.local_policing_body, kind, sourceKey: forces.key },
      update: { kind, sourceKey: forces.key },
      select: { id: true },
    });
    const since = row.local_policing_body_since
      ? parseDate(forces.key, line, row.local_policing_body_since)
      : null;
    await recordLocalPolicingBody(tx, {
      forceId,
      bodyId: body.id,
      since,
      today,
      sourceKey: forces.key,
      line,
    });
  }
  return ids;
}

/** Keeps one open term per force: a different body ends the open term and starts a new one. */
async function recordLocalPolicingBody(
  tx: Tx,
  term: {
    forceId: string;
    bodyId: string;
    since: Date | null;
    today: Date;
    sourceKey: string;
    line: number;
  },
) {
  const open = await tx.localPolicingBodyTerm.findFirst({
    where: { policeForceId: term.forceId, endsOn: null },
  });
  if (open?.localPolicingBodyId === term.bodyId) {
    if (open.startsOn?.getTime() !== term.since?.getTime()) {
      await tx.localPolicingBodyTerm.update({
        where: { id: open.id },
        data: { startsOn: term.since },
      });
    }
    return;
  }
  const startsOn =
    term.since ??
    new Date(
      Date.UTC(term.today.getUTCFullYear(), term.today.getUTCMonth(), term.today.getUTCDate()),
    );
  if (open?.startsOn && startsOn.getTime() <= open.startsOn.getTime()) {
    throw new ReferenceDataError(
      term.sourceKey,
      term.line,
      `the new local policing body must take over after ${open.startsOn.toISOString().slice(0, 10)}, when the current one did`,
    );
  }
  if (open) {
    // The previous body held the role until the day before its successor took it on.
    await tx.localPolicingBodyTerm.update({
      where: { id: open.id },
      data: { endsOn: new Date(startsOn.getTime() - 86_400_000) },
    });
  }
  await tx.localPolicingBodyTerm.create({
    data: {
      policeForceId: term.forceId,
      localPolicingBodyId: term.bodyId,
      startsOn: open ? startsOn : term.since,
      sourceKey: term.sourceKey,
    },
  });
}

async function upsertCpsAreas(
  tx: Tx,
  areas: ReturnType<typeof readAll>['cpsAreas'],
  forces: Map<string, { id: string; country: Country }>,
  cpsId: string,
) {
  const coverage = areas.rows.flatMap(({ row, line }) =>
    row.police_forces.split(';').map((force) => ({ area: row.name, force: force.trim(), line })),
  );
  const areasPerForce = new Map<string, number>();
  for (const { force } of coverage) areasPerForce.set(force, (areasPerForce.get(force) ?? 0) + 1);

  for (const { row, line } of areas.rows) {
    const covered = coverage.filter((entry) => entry.area === row.name);
    const coveredForces = covered.map(({ force }) =>
      lookUp(forces, areas.key, line, 'police force', force),
    );
    const forceIds = coveredForces.map((force) => force.id);
    const areaId = await upsertAgency(tx, row.name, {
      kindCode: 'CPS_AREA',
      // An area serves the country its forces police.
      country: coveredForces.every((force) => force.country === 'WALES') ? 'WALES' : 'ENGLAND',
      parentId: cpsId,
      sourceKey: areas.key,
    });
    await tx.cpsAreaCoverage.deleteMany({
      where: { cpsAreaId: areaId, policeForceId: { notIn: forceIds } },
    });
    for (const [index, { force }] of covered.entries()) {
      // A force prosecuted by more than one area (the Met, split by borough) is covered in part by each.
      const data = { partial: (areasPerForce.get(force) ?? 0) > 1, sourceKey: areas.key };
      const policeForceId = forceIds[index]!;
      await tx.cpsAreaCoverage.upsert({
        where: { cpsAreaId_policeForceId: { cpsAreaId: areaId, policeForceId } },
        create: { cpsAreaId: areaId, policeForceId, ...data },
        update: data,
      });
    }
  }
}

async function upsertProbationRegions(
  tx: Tx,
  regions: ReturnType<typeof readAll>['probationRegions'],
  hmppsId: string,
) {
  for (const { row, line } of regions.rows) {
    await upsertAgency(tx, `Probation Service ${row.name}`, {
      kindCode: 'PROBATION_REGION',
      shortName: row.name,
      region: row.name,
      country: countryOf(regions.key, line, row.country),
      parentId: hmppsId,
      sourceKey: regions.key,
    });
  }
}
