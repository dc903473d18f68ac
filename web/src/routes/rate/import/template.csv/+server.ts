import type { RequestHandler } from './$types';

/** The columns the ratings import reads, with one example row to copy. */
const template = [
  'agency,framework,framework_version,area,grade,rated_on,rationale',
  'Gwent Police,PEEL,,Treatment of victims,Requires improvement,14/03/2025,"The published reason for the grade"',
].join('\r\n');

export const GET: RequestHandler = () =>
  new Response(`${template}\r\n`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="ratings-template.csv"',
    },
  });
