import { describe, expect, it } from 'vitest';
import { day } from '../shared/calendar.ts';
import {
  checkAgencyRows,
  readAgenciesCsv,
  type AgencyImportLookups,
} from './agency-import.rules.ts';
import { UnreadableFileError } from '../shared/csv-file.ts';

const lookups = (): AgencyImportLookups => ({
  kinds: new Map([
    ['prison', { code: 'PRISON', name: 'Prison' }],
    ['youth offending team', { code: 'YOUTH_OFFENDING_TEAM', name: 'Youth offending team' }],
    ['youth_offending_team', { code: 'YOUTH_OFFENDING_TEAM', name: 'Youth offending team' }],
  ]),
  names: new Map([['hmp leeds', 'HMP Leeds']]),
  parents: new Map([
    ['hmpps', { id: 'hmpps', name: 'HM Prison and Probation Service', closedOn: null }],
    ['old region', { id: 'old', name: 'Old region', closedOn: day('2025-01-31') }],
  ]),
});

const check = (csv: string) => checkAgencyRows(readAgenciesCsv(csv), lookups());

describe('checking a file of agencies', () => {
  it('turns a good row into the agency it would add', () => {
    const [row] = check(
      'name,kind,short_name,region,country,parent\nHMP Wakefield,Prison,,Yorkshire,England,HMPPS',
    );
    expect(row).toMatchObject({
      line: 2,
      problems: [],
      agency: {
        name: 'HMP Wakefield',
        kindCode: 'PRISON',
        shortName: null,
        region: 'Yorkshire',
        country: 'ENGLAND',
        parentId: 'hmpps',
      },
    });
  });

  it('lists every problem of every row at once, with its line', () => {
    const rows = check(
      [
        'name,kind,country,parent',
        'HMP Leeds,Prison,England,',
        'Cardiff YOT,Youth team,Cymru,',
        ',Prison,Wales,Old region',
        'Swansea YOT,youth_offending_team,Wales,Nowhere',
        'swansea yot,Youth offending team,Wales,',
      ].join('\n'),
    );
    expect(rows.map((row) => [row.line, row.problems])).toEqual([
      [2, ['HMP Leeds already has that name: give the agency a name of its own.']],
      [
        3,
        [
          'There is no kind of agency called "Youth team": use Prison, Youth offending team.',
          '"Cymru" is not a country here: use England, Wales or England and Wales.',
        ],
      ],
      [4, ['The name is missing.', 'Old region closed on 31 January 2025: choose an open agency.']],
      [5, ['There is no agency called "Nowhere" to belong to.']],
      [6, ['It repeats the name on line 5.']],
    ]);
    expect(rows.filter((row) => row.agency)).toEqual([]);
  });

  it('refuses a file without the columns it needs, naming them', () => {
    expect(() => readAgenciesCsv('name,region\nHMP Hull,Yorkshire')).toThrow(
      new UnreadableFileError(
        'The file needs the columns name, kind, country; it has no kind, country column.',
      ),
    );
    expect(() => readAgenciesCsv('name,kind,country\n')).toThrow(UnreadableFileError);
  });

  it('reads back a cell the template guarded against spreadsheet formulas', () => {
    const [row] = check("name,kind,country\n'=HMP Odd,Prison,England");
    expect(row!.agency?.name).toBe('=HMP Odd');
  });
});
