/**
 * Sections of `docs/` that a test writes from what it checked, so that the documentation
 * cannot drift from the behaviour. A section sits between `<!-- generated:<name> -->` and
 * `<!-- end generated:<name> -->` (inside prettier-ignore markers, so formatting leaves it as
 * written). The test compares; `UPDATE_DOCS=1` rewrites the section instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const docsDir = fileURLToPath(new URL('../../docs/', import.meta.url));

/** A Markdown table: a header row, then one row per entry. Pipes in cells are escaped. */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) =>
    `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * The section as the document holds it and as the test would write it. With `UPDATE_DOCS=1`
 * the document is rewritten first, so both are the same.
 */
export function generatedSection(
  file: string,
  name: string,
  content: string,
): { inDocument: string | null; generated: string } {
  const path = docsDir + file;
  const start = `<!-- generated:${name} -->`;
  const end = `<!-- end generated:${name} -->`;
  const generated = `\n${content.trim()}\n`;
  const section = (text: string) => {
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    return from < 0 || to < from ? null : { from: from + start.length, to };
  };
  let text = readFileSync(path, 'utf8');
  let found = section(text);
  if (found && process.env.UPDATE_DOCS === '1') {
    text = text.slice(0, found.from) + generated + text.slice(found.to);
    writeFileSync(path, text);
    found = section(text);
  }
  return { inDocument: found ? text.slice(found.from, found.to) : null, generated };
}
