/**
 * The grading frameworks, their grades and how each maps onto the common victims' treatment
 * scale. Frameworks are data: a new version is a new row in rating-frameworks.csv.
 */
import type { AgencyKindCode } from '../../generated/client/enums.ts';
import { readReferenceFile, ReferenceDataError } from './files.ts';
import type { Tx } from './load.ts';

export function readRatingFiles(dir: string) {
  return {
    commonScale: readReferenceFile<{
      code: string;
      label: string;
      rank: string;
      triggers_action_plan: string;
      description: string;
    }>('common-scale.csv', ['code', 'label', 'rank', 'triggers_action_plan'], dir),
    ratingAreas: readReferenceFile<{ code: string; name: string; description: string }>(
      'rating-areas.csv',
      ['code', 'name'],
      dir,
    ),
    ratingFrameworks: readReferenceFile<{
      inspectorate: string;
      framework: string;
      version: string;
      valid_from: string;
      valid_until: string;
      agency_kinds: string;
      areas: string;
      notes: string;
    }>(
      'rating-frameworks.csv',
      ['inspectorate', 'framework', 'version', 'agency_kinds', 'areas'],
      dir,
    ),
    ratingScales: readReferenceFile<{
      inspectorate: string;
      framework: string;
      grade: string;
      rank: string;
      common_grade: string;
      notes: string;
    }>('rating-scales.csv', ['inspectorate', 'framework', 'grade', 'rank', 'common_grade'], dir),
  };
}

const optionalDate = (file: string, line: number, value: string) => {
  if (!value) return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw new ReferenceDataError(file, line, `"${value}" is not a date in the form YYYY-MM-DD`);
  }
  return date;
};

const list = (value: string) =>
  value
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);

export async function upsertRatingScales(
  tx: Tx,
  files: ReturnType<typeof readRatingFiles>,
  inspectorates: Map<string, string>,
) {
  const { commonScale, ratingAreas, ratingFrameworks, ratingScales } = files;
  for (const { row, line } of commonScale.rows) {
    if (!/^\d+$/.test(row.rank))
      throw new ReferenceDataError(
        commonScale.key,
        line,
        `rank "${row.rank}" is not a whole number`,
      );
    const data = {
      label: row.label,
      rank: Number(row.rank),
      triggersActionPlan: row.triggers_action_plan === 'yes',
      description: row.description || null,
    };
    await tx.commonGrade.upsert({
      where: { code: row.code },
      create: { code: row.code, ...data },
      update: data,
    });
  }
  for (const { row } of ratingAreas.rows) {
    const data = { name: row.name, description: row.description || null };
    await tx.ratingArea.upsert({
      where: { code: row.code },
      create: { code: row.code, ...data },
      update: data,
    });
  }
  const areaCodes = new Set(ratingAreas.rows.map(({ row }) => row.code));
  const commonCodes = new Set(commonScale.rows.map(({ row }) => row.code));

  const frameworkIds = new Map<string, string>();
  for (const { row, line } of ratingFrameworks.rows) {
    const inspectorateId = inspectorates.get(row.inspectorate);
    if (!inspectorateId)
      throw new ReferenceDataError(
        ratingFrameworks.key,
        line,
        `unknown inspectorate "${row.inspectorate}"`,
      );
    const areas = list(row.areas);
    const unknownArea = areas.find((area) => !areaCodes.has(area));
    if (unknownArea)
      throw new ReferenceDataError(
        ratingFrameworks.key,
        line,
        `unknown rating area "${unknownArea}"`,
      );
    const kinds = list(row.agency_kinds) as AgencyKindCode[];
    const data = {
      inspectorateId,
      validFrom: optionalDate(ratingFrameworks.key, line, row.valid_from),
      validUntil: optionalDate(ratingFrameworks.key, line, row.valid_until),
      notes: row.notes || null,
      sourceKey: ratingFrameworks.key,
    };
    const framework = await tx.ratingFramework.upsert({
      where: { name_version: { name: row.framework, version: row.version } },
      create: { name: row.framework, version: row.version, ...data },
      update: data,
    });
    await tx.frameworkAgencyKind.deleteMany({ where: { frameworkId: framework.id } });
    await tx.frameworkAgencyKind.createMany({
      data: kinds.map((agencyKindCode) => ({ frameworkId: framework.id, agencyKindCode })),
    });
    await tx.frameworkArea.deleteMany({ where: { frameworkId: framework.id } });
    await tx.frameworkArea.createMany({
      data: areas.map((areaCode) => ({ frameworkId: framework.id, areaCode })),
    });
    // Grades belong to the newest version of a framework listed for that inspectorate.
    frameworkIds.set(`${row.inspectorate}|${row.framework}`, framework.id);
  }

  for (const { row, line } of ratingScales.rows) {
    const frameworkId = frameworkIds.get(`${row.inspectorate}|${row.framework}`);
    if (!frameworkId)
      throw new ReferenceDataError(
        ratingScales.key,
        line,
        `no framework "${row.framework}" of ${row.inspectorate} in rating-frameworks.csv`,
      );
    if (!commonCodes.has(row.common_grade))
      throw new ReferenceDataError(
        ratingScales.key,
        line,
        `unknown common grade "${row.common_grade}"`,
      );
    if (!/^\d+$/.test(row.rank))
      throw new ReferenceDataError(
        ratingScales.key,
        line,
        `rank "${row.rank}" is not a whole number`,
      );
    const data = { rank: Number(row.rank), commonGradeCode: row.common_grade };
    await tx.ratingGrade.upsert({
      where: { frameworkId_label: { frameworkId, label: row.grade } },
      create: { frameworkId, label: row.grade, ...data },
      update: data,
    });
  }
}
