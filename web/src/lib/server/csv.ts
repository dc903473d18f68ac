/**
 * The one CSV writer every download uses (programme, audit trail, open data). A cell that
 * begins with =, +, -, @, a tab or a carriage return is a formula to Excel, LibreOffice and
 * Google Sheets, so text someone typed into the service ("=HYPERLINK(...)") could run in the
 * spreadsheet of whoever opens the file. As OWASP recommends, such a cell gets a leading single
 * quote, which spreadsheets show as text; csv-stringify quotes and escapes the rest.
 * (https://owasp.org/www-community/attacks/CSV_Injection)
 */
import { stringify } from 'csv-stringify/sync';

const formulaStart = /^[=+\-@\t\r]/;

/** A cell as it is safe to open in a spreadsheet. */
export const safeCell = (value: string): string => (formulaStart.test(value) ? `'${value}` : value);

export function toCsv<Row extends object>(rows: Row[], columns: Array<keyof Row & string>): string {
  return stringify(rows, {
    header: true,
    columns,
    cast: {
      string: safeCell,
      // Numbers and dates are written by the service, not typed by people; still, a negative
      // number would start with "-", so numbers go through the same check as text.
      number: (value) => safeCell(String(value)),
      boolean: (value) => (value ? 'yes' : 'no'),
    },
  });
}
