/**
 * The judicial exclusion against the ways planners write scope: half reach judicial
 * decision-making and must be flagged, half describe administration and must pass.
 */
import { describe, expect, it } from 'vitest';
import { judicialDecisionMention } from './judicial-exclusion.ts';

const judicial = [
  // The three the word list accepted.
  'How the Crown Court sentences offenders in rape cases',
  'The quality of judicial directions to juries',
  'How judges sum up to the jury',
  // Sentencing.
  'Whether magistrates sentence domestic abusers too leniently',
  'The length of sentences handed down for stalking',
  'Sentencing decisions in cases of violence against women and girls',
  'Consistency of sentences passed by district judges',
  "Judges' sentencing remarks and what they say about victims",
  // Summing up and directions to the jury.
  'The summing-up in rape trials',
  'What judges tell juries about consent',
  'How the judge directs the jury on rape myths',
  'Jury directions in cases with vulnerable witnesses',
  // Bail and remand by courts.
  'Whether courts grant bail to domestic abuse suspects',
  'Bail decisions in the magistrates’ courts',
  'How the bench decides on remand in custody',
  // Rulings and discretion.
  'Rulings on the admissibility of previous sexual history',
  'Judicial discretion in allowing special measures',
  "The judges' use of discretion when victims are cross-examined",
  'How district judges reach verdicts in the youth court',
  'The judiciary’s handling of intimidated witnesses',
  'Case management decisions by judges in long trials',
  'Whether magistrates make restraining orders on conviction',
  'How magistrates weigh victim personal statements',
  'Whether district judges remand defendants in domestic abuse cases',
  'The way the court decides on special measures applications',
];

const administration = [
  'How HMCTS lists rape trials and how long victims wait for a date',
  'Witness and victim services at court: support before and on the day',
  'The court estate: separate waiting rooms and entrances for victims',
  'How HMCTS tells victims the outcome of the case and the sentence given, and when',
  'Communications with victims about hearing dates and changes to them',
  'Case administration: how court staff record and pass on victims’ details',
  'How witness care units keep victims informed of bail conditions',
  'Pre-trial court visits for victims and their families',
  'How the police decide whether to refer a case to the CPS',
  'How CPS lawyers decide to charge in rape cases',
  'Victim personal statements: how police and the CPS offer them',
  'How probation officers manage the risk posed by stalkers on licence',
  'The Victim Contact Scheme in the probation service',
  'How prisons prevent contact between prisoners and their victims',
  'How HMCTS arranges special measures that have been granted',
  'The time from charge to trial for adult rape cases',
  'Interpreters provided by HMCTS for victims who need them',
  'How court staff treat victims in the magistrates’ courts',
  'Listing practices for trials involving child witnesses',
  'Digital case files shared between the police, the CPS and HMCTS',
  'Courtroom video links for vulnerable witnesses',
  'How victims are told about the Victims’ Right to Review scheme',
  'How HMCTS lists rape trials',
  'Support for victims at court',
  'How court ushers and listing officers keep victims waiting apart from defendants',
];

describe('the judicial exclusion, on a corpus of how scope is written', () => {
  it('holds at least 40 phrasings, half of them allowed', () => {
    expect(judicial.length + administration.length).toBeGreaterThanOrEqual(40);
    expect(judicial.length).toBe(administration.length);
  });

  it.each(judicial)('flags "%s"', (text) => {
    expect(judicialDecisionMention(text)).toBeDefined();
  });

  it.each(administration)('allows "%s"', (text) => {
    expect(judicialDecisionMention(text)).toBeUndefined();
  });

  it('says which words reached judicial decision-making', () => {
    expect(judicialDecisionMention('How the Crown Court sentences offenders in rape cases')).toBe(
      'Crown Court … sentences',
    );
    expect(judicialDecisionMention('Listing. How judges sum up to the jury.')).toBe('sum up');
  });
});
