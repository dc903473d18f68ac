/**
 * Reading a CSV file a person uploads (ratings, agencies): its header names the columns, in any
 * case and order; each row keeps the line it came from, so that a problem can say where it is.
 */
import { parse } from 'csv-parse/sync';

/** The file as a whole cannot be read: it is answered on the file's field, not on a row. */
export class UnreadableFileError extends Error {}

export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/**
 * The rows of a file with the columns it must have. Cells a spreadsheet would run as formulas
 * are written guarded by a leading quote (the templates, the open data); the quote goes again.
 */
export function readCsvFile(
  text: string,
  file: { columns: readonly string[]; rowsOf: string },
): CsvRow[] {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_column_count: true,
    });
  } catch (error) {
    throw new UnreadableFileError(
      `The file is not a CSV file we can read: ${(error as Error).message.replace(/^Invalid Record Length: /, '')}`,
    );
  }
  if (!records.length) throw new UnreadableFileError(`The file has no rows of ${file.rowsOf}.`);
  const header = Object.keys(records[0]!.record);
  const missing = file.columns.filter((column) => !header.includes(column));
  if (missing.length)
    throw new UnreadableFileError(
      `The file needs the columns ${file.columns.join(', ')}; it has no ${missing.join(', ')} column.`,
    );
  return records.map(({ record, info }) => ({ line: info.lines, values: unguarded(record) }));
}

function unguarded(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [
      key,
      /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value,
    ]),
  );
}
