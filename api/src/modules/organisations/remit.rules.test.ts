import { describe, expect, it } from 'vitest';
import { remitProblem } from './remit.rules.ts';

const kent = { name: 'Kent Police', kindCode: 'POLICE_FORCE' };
const hmicfrs = { shortName: 'HMICFRS', inspects: ['POLICE_FORCE'] };
const prisons = { shortName: 'HMI Prisons', inspects: ['PRISON'] };

describe('an inspectorate acts only for the kinds of agency it inspects', () => {
  it('lets HMICFRS review a police force’s plan', () => {
    expect(remitProblem({ agency: kent, inspectorate: hmicfrs, kindName: 'police forces' })).toBe(
      null,
    );
  });

  it('refuses HMI Prisons for a police force, saying why', () => {
    expect(remitProblem({ agency: kent, inspectorate: prisons, kindName: 'police forces' })).toBe(
      'HMI Prisons does not inspect police forces: choose an inspectorate that inspects Kent Police.',
    );
  });

  it('leaves unknown agencies and inspectorates to the not-found checks', () => {
    expect(remitProblem({ agency: null, inspectorate: prisons, kindName: '' })).toBe(null);
    expect(remitProblem({ agency: kent, inspectorate: null, kindName: '' })).toBe(null);
  });
});
