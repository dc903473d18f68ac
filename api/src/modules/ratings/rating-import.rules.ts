/**
 * Checks a CSV of ratings row by row against what the product knows, so that a person sees
 * every problem, with its line, before anything is written.
 */
import { closedBefore } from '../organisations/agency.rules.ts';
import { longDate } from '../shared/calendar.ts';
import { readCsvFile, type CsvRow } from '../shared/csv-file.ts';
import { frameworkPeriodIssues } from './rating-period.rules.ts';

const importColumns = ['agency', 'framework', 'area', 'grade', 'rated_on', 'rationale'] as const;

export interface ImportLookups {
  /** Agencies by lower-case name and short name, closed ones included (their past can be rated). */
  agencies: Map<string, { id: string; name: string; kindCode: string; closedOn: Date | null }>;
  /** Framework versions by lower-case framework name. */
  frameworks: Map<
    string,
    Array<{
      id: string;
      name: string;
      version: string;
      validFrom: Date | null;
      validUntil: Date | null;
      agencyKinds: string[];
      areaCodes: string[];
      grades: Map<string, { id: string; label: string }>;
      /** The inspectorate that owns the framework, if any. */
      inspectorate?: { id: string; shortName: string } | null;
    }>
  >;
  /**
   * The inspectorates whose frameworks the person importing may rate on (the ones they lead),
   * or "any" for an administrator: a lead imports only on its own inspectorate's frameworks.
   */
  mayRateFor?: Set<string> | 'any';
  /** Areas by lower-case code and name. */
  areas: Map<string, { code: string; name: string }>;
  /** Keys of ratings already recorded: agencyId|frameworkId|areaCode|YYYY-MM-DD. */
  existing: Set<string>;
  kindNames: Record<string, string>;
  today: Date;
}

export interface CheckedRow {
  line: number;
  values: Record<string, string>;
  problems: string[];
  /**
   * What a person should look at without stopping the row (a date outside the named version's
   * period: old files hold ratings given under a version's dates as first published). Rows
   * checked before warnings existed have none.
   */
  warnings?: string[];
  rating?: {
    agencyId: string;
    frameworkId: string;
    areaCode: string;
    gradeId: string;
    ratedOn: string;
    rationale: string;
  };
}

/** Whether the person importing may rate on a framework owned by this inspectorate. */
function mayRateOn(
  lookups: Pick<ImportLookups, 'mayRateFor'>,
  inspectorate: { id: string } | null | undefined,
): boolean {
  const allowed = lookups.mayRateFor ?? 'any';
  return allowed === 'any' || (!!inspectorate && allowed.has(inspectorate.id));
}

export const readRatingsCsv = (text: string): CsvRow[] =>
  readCsvFile(text, { columns: importColumns, rowsOf: 'ratings' });

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** Also accepts 14/03/2025, the way UK spreadsheets write dates. */
function parseDay(value: string): Date | undefined {
  const uk = value.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  const iso = uk ? `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}` : value;
  if (!isoDate.test(iso)) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : date;
}

export function checkRatingRows(
  rows: Array<{ line: number; values: Record<string, string> }>,
  lookups: ImportLookups,
): CheckedRow[] {
  const seen = new Map<string, number>();
  return rows.map(({ line, values }) => {
    const problems: string[] = [];
    const warnings: string[] = [];
    const get = (column: string) => values[column]?.trim() ?? '';
    for (const column of importColumns)
      if (!get(column)) problems.push(`The ${column.replace('_', ' ')} is missing.`);

    const agency = get('agency') ? lookups.agencies.get(get('agency').toLowerCase()) : undefined;
    if (get('agency') && !agency) problems.push(`There is no agency called "${get('agency')}".`);
    const area = get('area') ? lookups.areas.get(get('area').toLowerCase()) : undefined;
    if (get('area') && !area) problems.push(`There is no rating area called "${get('area')}".`);
    const ratedOn = get('rated_on') ? parseDay(get('rated_on')) : undefined;
    if (get('rated_on') && !ratedOn)
      problems.push(`"${get('rated_on')}" is not a date: write it as 2025-03-14 or 14/03/2025.`);
    if (ratedOn && ratedOn > lookups.today)
      problems.push(`The rating date ${get('rated_on')} is in the future.`);
    // The form's own rule: a closed agency's past can still be rated, nothing after it closed.
    if (agency && ratedOn && closedBefore(agency, ratedOn))
      problems.push(
        `${agency.name} closed on ${longDate(agency.closedOn!)}: a rating must be dated on or before then.`,
      );

    const versions = get('framework')
      ? lookups.frameworks.get(get('framework').toLowerCase())
      : undefined;
    if (get('framework') && !versions)
      problems.push(`There is no framework called "${get('framework')}".`);
    let framework = versions?.find(
      (v) => v.version.toLowerCase() === get('framework_version').toLowerCase(),
    );
    // A version named in the file is the one used, even on a date outside its period: said, not refused.
    if (framework && ratedOn)
      warnings.push(...frameworkPeriodIssues(framework, ratedOn).map((issue) => issue.message));
    if (versions && !framework) {
      if (get('framework_version'))
        problems.push(`${versions[0]!.name} has no version "${get('framework_version')}".`);
      else {
        // The version in use on the rating date; the newest when the dates are not recorded.
        const inUse = versions.filter(
          (v) =>
            !ratedOn ||
            ((!v.validFrom || v.validFrom <= ratedOn) &&
              (!v.validUntil || ratedOn <= v.validUntil)),
        );
        framework = inUse.sort(
          (a, b) => (b.validFrom?.getTime() ?? 0) - (a.validFrom?.getTime() ?? 0),
        )[0];
        if (!framework)
          problems.push(`No version of ${versions[0]!.name} was in use on ${get('rated_on')}.`);
      }
    }
    const grade =
      framework && get('grade') ? framework.grades.get(get('grade').toLowerCase()) : undefined;
    if (framework && get('grade') && !grade) {
      problems.push(
        `"${get('grade')}" is not a grade of ${framework.name}: use ${[...framework.grades.values()].map((g) => g.label).join(', ')}.`,
      );
    }
    if (framework && agency && !framework.agencyKinds.includes(agency.kindCode)) {
      problems.push(
        `${framework.name} does not rate ${lookups.kindNames[agency.kindCode] ?? agency.kindCode}.`,
      );
    }
    if (framework && !mayRateOn(lookups, framework.inspectorate))
      problems.push(
        `${framework.name} is ${framework.inspectorate?.shortName ?? 'no inspectorate'}’s framework: only its leads record its ratings.`,
      );
    if (framework && area && !framework.areaCodes.includes(area.code))
      problems.push(`${framework.name} does not grade ${area.name.toLowerCase()}.`);
    if (get('rationale').length > 5000) problems.push('The rationale is over 5,000 characters.');

    if (agency && framework && area && ratedOn) {
      const key = `${agency.id}|${framework.id}|${area.code}|${ratedOn.toISOString().slice(0, 10)}`;
      const earlier = seen.get(key);
      if (earlier !== undefined)
        problems.push(
          `It repeats line ${earlier}: ${agency.name} has one ${area.name.toLowerCase()} rating on that date.`,
        );
      else seen.set(key, line);
      if (lookups.existing.has(key))
        problems.push(
          `${agency.name} already has a ${framework.name} rating for ${area.name.toLowerCase()} on that date.`,
        );
    }

    if (problems.length || !agency || !framework || !area || !grade || !ratedOn)
      return { line, values, problems, warnings };
    return {
      line,
      values,
      problems,
      warnings,
      rating: {
        agencyId: agency.id,
        frameworkId: framework.id,
        areaCode: area.code,
        gradeId: grade.id,
        ratedOn: ratedOn.toISOString().slice(0, 10),
        rationale: get('rationale'),
      },
    };
  });
}
