/** The server side of a CSV import's first step: the file a person chose, or what is wrong. */
import { fail } from '@sveltejs/kit';

/** Every problem is about the one field on the page: the file. */
export const fileProblems = (messages: string[]) =>
  fail(400, { issues: messages.map((message) => ({ field: ['file'], message })) });

/** The chosen file's name and text, or a failure naming what is wrong with the choice. */
export async function chosenCsv(
  request: Request,
  file: { rowsOf: string; megabytes: number },
): Promise<{ fileName: string; csv: string } | ReturnType<typeof fileProblems>> {
  const chosen = (await request.formData()).get('file');
  if (!(chosen instanceof File) || chosen.size === 0)
    return fileProblems([`Choose a CSV file of ${file.rowsOf}`]);
  if (chosen.size > file.megabytes * 1_000_000)
    return fileProblems([
      `The file must be smaller than ${file.megabytes} MB: split it into smaller files`,
    ]);
  return { fileName: chosen.name, csv: await chosen.text() };
}
