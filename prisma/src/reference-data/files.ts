/** Reads the reference data files, row by row, with the line each row came from. */
import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const referenceDataDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../reference-data',
);

export interface ReferenceFile<Row> {
  key: string;
  checksum: string;
  rows: Array<{ line: number; row: Row }>;
}

export class ReferenceDataError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}, line ${line}: ${message}`);
    this.name = 'ReferenceDataError';
  }
}

export function readReferenceFile<Row extends Record<string, string>>(
  key: string,
  requiredColumns: Array<keyof Row & string>,
  dir = referenceDataDir,
): ReferenceFile<Row> {
  const text = readFileSync(join(dir, key), 'utf8');
  const records = parse(text, {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
  }) as Array<{
    record: Row;
    info: { lines: number };
  }>;
  const rows = records.map(({ record, info }) => {
    for (const column of requiredColumns) {
      if (!record[column]) throw new ReferenceDataError(key, info.lines, `"${column}" is empty`);
    }
    return { line: info.lines, row: record };
  });
  return { key, checksum: createHash('sha256').update(text).digest('hex'), rows };
}
