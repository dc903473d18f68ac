import type { RequestHandler } from './$types';

/** The columns the import reads, with one example row to copy. */
const template = [
  'name,kind,short_name,region,country,parent,notes',
  'HMP Example,Prison,Example,North West,England,HM Prison and Probation Service,',
  'Example Youth Justice Service,Youth offending team,,Wales,Wales,,',
].join('\r\n');

export const GET: RequestHandler = () =>
  new Response(`${template}\r\n`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="agencies-template.csv"',
    },
  });
