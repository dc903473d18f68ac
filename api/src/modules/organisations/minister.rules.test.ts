import { describe, expect, it } from 'vitest';
import { inActOrder } from './minister.rules.ts';

describe('the directing ministers', () => {
  it('are listed in the order the Act names them, whatever their titles sort as', () => {
    const titles = inActOrder([
      { title: 'Attorney General' },
      { title: 'Lord Chancellor and Secretary of State for Justice' },
      { title: 'Home Secretary' },
    ]).map((minister) => minister.title);
    expect(titles).toEqual([
      'Home Secretary',
      'Lord Chancellor and Secretary of State for Justice',
      'Attorney General',
    ]);
  });

  it('puts any other minister after the three, alphabetically', () => {
    const titles = inActOrder([
      { title: 'Solicitor General' },
      { title: 'Attorney General' },
      { title: 'Minister of State' },
    ]).map((minister) => minister.title);
    expect(titles).toEqual(['Attorney General', 'Minister of State', 'Solicitor General']);
  });
});
