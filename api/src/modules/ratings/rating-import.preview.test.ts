import { describe, expect, it } from 'vitest';
import { day } from '../shared/calendar.ts';
import { previewChanges, type PreviewRating } from './rating-import.preview.ts';

const victims = 'TREATMENT_OF_VICTIMS';
const grades = {
  Good: { label: 'Good', commonRank: 2, triggersActionPlan: false },
  Adequate: { label: 'Adequate', commonRank: 3, triggersActionPlan: false },
  Inadequate: { label: 'Inadequate', commonRank: 5, triggersActionPlan: true },
};
type Grade = keyof typeof grades;
const had = (agencyId: string, iso: string, grade: Grade): PreviewRating => ({
  agencyId,
  areaCode: victims,
  ratedOn: day(iso),
  gradeLabel: grade,
  commonRank: grades[grade].commonRank,
  triggersActionPlan: grades[grade].triggersActionPlan,
});
const row = (line: number, agencyId: string, iso: string, grade: Grade) => ({
  line,
  agencyId,
  areaCode: victims,
  ratedOn: day(iso),
  grade: grades[grade],
});

describe('what accepting a ratings file changes', () => {
  it('says a force falls from Good to Inadequate and will owe an action plan', () => {
    const [change] = previewChanges(
      [row(2, 'gwent', '2026-03-01', 'Inadequate')],
      [had('gwent', '2024-03-01', 'Good')],
      new Map(),
      victims,
    );
    expect(change).toEqual({
      line: 2,
      agencyId: 'gwent',
      grade: 'Inadequate',
      previousGrade: 'Good',
      movement: 'FELL',
      planDuty: 'STARTS',
    });
  });

  it('says an owed plan stops being owed when the grade lifts, and not again once one is published', () => {
    const existing = [had('kent', '2024-03-01', 'Inadequate')];
    expect(
      previewChanges([row(2, 'kent', '2026-03-01', 'Good')], existing, new Map(), victims)[0],
    ).toMatchObject({ movement: 'IMPROVED', planDuty: 'ENDS' });
    const published = new Map([
      ['kent', [{ status: 'PUBLISHED' as const, createdAt: new Date('2024-06-01') }]],
    ]);
    expect(
      previewChanges([row(2, 'kent', '2026-03-01', 'Inadequate')], existing, published, victims)[0],
      // The run of poor grades began before the published plan was opened: its duty is met.
    ).toMatchObject({ movement: 'UNCHANGED', planDuty: null });
    expect(
      previewChanges([row(2, 'kent', '2026-03-01', 'Inadequate')], existing, new Map(), victims)[0],
    ).toMatchObject({ planDuty: 'CONTINUES' });
  });

  it('reads a file of several years for one agency in date order, the duty told on its latest', () => {
    const changes = previewChanges(
      [
        row(2, 'essex', '2025-03-01', 'Inadequate'),
        row(3, 'essex', '2023-03-01', 'Good'),
        row(4, 'essex', '2024-03-01', 'Adequate'),
      ],
      [],
      new Map(),
      victims,
    );
    expect(changes.map((c) => [c.previousGrade, c.movement, c.planDuty])).toEqual([
      ['Adequate', 'FELL', 'STARTS'],
      [null, 'FIRST', null],
      ['Good', 'FELL', null],
    ]);
  });

  it('says a row older than the agency’s latest rating leaves its latest grade as it is', () => {
    const [change] = previewChanges(
      [row(2, 'gwent', '2020-03-01', 'Inadequate')],
      [had('gwent', '2024-03-01', 'Good')],
      new Map(),
      victims,
    );
    expect(change).toMatchObject({ movement: 'EARLIER', previousGrade: 'Good', planDuty: null });
  });
});
