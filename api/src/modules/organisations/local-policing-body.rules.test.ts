import { describe, expect, it } from 'vitest';
import { termInForceOn } from './local-policing-body.rules.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const pfcc = {
  startsOn: day('2018-08-01'),
  endsOn: day('2024-05-06'),
  localPolicingBody: 'North Yorkshire PFCC',
};
const mayor = {
  startsOn: day('2024-05-07'),
  endsOn: null,
  localPolicingBody: 'Mayor of York and North Yorkshire',
};

describe('termInForceOn', () => {
  it('gives the body that held the role on a past date', () => {
    expect(termInForceOn([mayor, pfcc], day('2023-01-15'))?.localPolicingBody).toBe(
      'North Yorkshire PFCC',
    );
  });

  it('hands over on the successor’s first day, with the predecessor holding the day before', () => {
    expect(termInForceOn([pfcc, mayor], day('2024-05-06'))?.localPolicingBody).toBe(
      'North Yorkshire PFCC',
    );
    expect(termInForceOn([pfcc, mayor], day('2024-05-07'))?.localPolicingBody).toBe(
      'Mayor of York and North Yorkshire',
    );
  });

  it('gives the current holder for today and later dates', () => {
    expect(termInForceOn([pfcc, mayor], day('2030-01-01'))?.localPolicingBody).toBe(
      'Mayor of York and North Yorkshire',
    );
  });

  it('gives nobody before the first recorded term', () => {
    expect(termInForceOn([pfcc, mayor], day('2012-01-01'))).toBeUndefined();
  });

  it('treats a term with no recorded start as in force until it ends', () => {
    const commonCouncil = { startsOn: null, endsOn: null, localPolicingBody: 'Common Council' };
    expect(termInForceOn([commonCouncil], day('1999-06-30'))?.localPolicingBody).toBe(
      'Common Council',
    );
  });
});
