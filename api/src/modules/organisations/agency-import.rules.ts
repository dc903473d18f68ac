/**
 * Checks a CSV of agencies row by row, as the ratings import does, so that an administrator
 * sees every problem with its line before anything is written.
 */
import { readCsvFile, type CsvRow } from '../shared/csv-file.ts';
import { agencyDetailsIssues, parentIssues, type ParentChoice } from './agency.rules.ts';

const requiredColumns = ['name', 'kind', 'country'] as const;

type CountryCode = 'ENGLAND' | 'WALES' | 'ENGLAND_AND_WALES';

export interface AgencyImportLookups {
  /** Kinds by lower-case code ("prison") and name ("youth offending team"). */
  kinds: Map<string, { code: string; name: string }>;
  /** Current names of agencies, lower case, to the name as written. */
  names: Map<string, string>;
  /** Agencies a new one may belong to, by lower-case name and short name. */
  parents: Map<string, ParentChoice>;
}

export interface CheckedAgencyRow {
  line: number;
  values: Record<string, string>;
  problems: string[];
  agency?: {
    name: string;
    shortName: string | null;
    kindCode: string;
    region: string | null;
    country: CountryCode;
    parentId: string | null;
    notes: string | null;
  };
}

const countries: Record<string, CountryCode> = {
  england: 'ENGLAND',
  wales: 'WALES',
  'england and wales': 'ENGLAND_AND_WALES',
  england_and_wales: 'ENGLAND_AND_WALES',
};

export const readAgenciesCsv = (text: string): CsvRow[] =>
  readCsvFile(text, { columns: requiredColumns, rowsOf: 'agencies' });

export function checkAgencyRows(
  rows: Array<{ line: number; values: Record<string, string> }>,
  lookups: AgencyImportLookups,
): CheckedAgencyRow[] {
  const seen = new Map<string, number>();
  return rows.map(({ line, values }) => {
    const get = (column: string) => values[column]?.trim() ?? '';
    const problems: string[] = [];
    for (const column of requiredColumns)
      if (!get(column)) problems.push(`The ${column} is missing.`);

    const kind = get('kind') ? lookups.kinds.get(get('kind').toLowerCase()) : undefined;
    if (get('kind') && !kind)
      problems.push(
        `There is no kind of agency called "${get('kind')}": use ${[
          ...new Set([...lookups.kinds.values()].map((k) => k.name)),
        ].join(', ')}.`,
      );
    const country = get('country') ? countries[get('country').toLowerCase()] : undefined;
    if (get('country') && !country)
      problems.push(
        `"${get('country')}" is not a country here: use England, Wales or England and Wales.`,
      );

    let parent: ParentChoice | null | undefined;
    if (get('parent')) {
      parent = lookups.parents.get(get('parent').toLowerCase()) ?? null;
      if (!parent) problems.push(`There is no agency called "${get('parent')}" to belong to.`);
      else problems.push(...parentIssues(parent, ['parent']).map((issue) => `${issue.message}.`));
    }

    const details = {
      name: get('name'),
      shortName: get('short_name') || null,
      region: get('region') || null,
      notes: get('notes') || null,
    };
    if (details.name) {
      problems.push(
        ...agencyDetailsIssues(details, (name) => lookups.names.get(name.toLowerCase()))
          // "missing" is said once above, in the file's words.
          .filter((issue) => issue.message !== 'Enter the agency’s name')
          .map((issue) => `${issue.message}.`),
      );
      const earlier = seen.get(details.name.toLowerCase());
      if (earlier !== undefined) problems.push(`It repeats the name on line ${earlier}.`);
      else seen.set(details.name.toLowerCase(), line);
    }

    if (problems.length || !kind || !country) return { line, values, problems };
    return {
      line,
      values,
      problems,
      agency: { ...details, kindCode: kind.code, country, parentId: parent?.id ?? null },
    };
  });
}
