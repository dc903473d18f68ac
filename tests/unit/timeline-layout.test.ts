/**
 * Where the timeline draws a phase: clamped at the programme's edges with the cut said, in a
 * lane of its own when it overlaps another, and moved by whole days or weeks when dragged.
 */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  againstBaseline,
  packLanes,
  placement,
  snapDays,
  spanWithBaseline,
  ticks,
} from '../../web/src/lib/plan/timeline-layout.ts';

const programme = { start: '2031-04-01', end: '2033-03-31' };

describe('placing a phase on the chart', () => {
  it('places a phase inside the programme in proportion, nothing cut', () => {
    const first = placement(programme, '2031-04-01', '2031-04-30');
    expect(first).toMatchObject({ left: 0, cutStart: false, cutEnd: false, outside: null });
    expect(first.width).toBeCloseTo((30 / 731) * 100, 5);
  });

  it('clamps a phase that runs past the end at the edge, marking the cut', () => {
    const late = placement(programme, '2033-03-01', '2033-05-30');
    expect(late.cutEnd).toBe(true);
    expect(late.cutStart).toBe(false);
    expect(late.left + late.width).toBeCloseTo(100, 5);
  });

  it('keeps a phase wholly after the programme visible at the right edge', () => {
    const after = placement(programme, '2033-06-01', '2033-06-30');
    expect(after).toMatchObject({ outside: 'after', cutEnd: true });
    expect(after.width).toBeGreaterThan(0);
    expect(after.left + after.width).toBeCloseTo(100, 5);
  });

  it('keeps a phase wholly before the programme visible at the left edge', () => {
    expect(placement(programme, '2030-01-01', '2030-02-01')).toMatchObject({
      left: 0,
      outside: 'before',
      cutStart: true,
    });
  });
});

describe('lanes for overlapping phases', () => {
  it('puts phases that follow each other in one lane', () => {
    const lanes = packLanes([
      { id: 'a', start: '2031-05-01', end: '2031-05-31' },
      { id: 'b', start: '2031-06-01', end: '2031-06-30' },
    ]);
    expect(lanes.map((lane) => lane.map((p) => p.id))).toEqual([['a', 'b']]);
  });

  it('gives an overlapping phase a lane of its own, even one sharing a day', () => {
    const lanes = packLanes([
      { id: 'fieldwork', start: '2031-05-01', end: '2031-06-15' },
      { id: 'reporting', start: '2031-06-15', end: '2031-08-30' },
      { id: 'publication', start: '2031-09-01', end: '2031-09-01' },
    ]);
    expect(lanes.map((lane) => lane.map((p) => p.id))).toEqual([
      ['fieldwork', 'publication'],
      ['reporting'],
    ]);
  });
});

describe('snapping a drag', () => {
  it('rounds to whole days, or to whole weeks', () => {
    expect(snapDays(2.4, 'day')).toBe(2);
    expect(snapDays(-0.4, 'day')).toBe(0);
    expect(snapDays(3.4, 'week')).toBe(0);
    expect(snapDays(3.6, 'week')).toBe(7);
    expect(snapDays(-11, 'week')).toBe(-14);
  });

  it('moves calendar days across the end of March, when the clocks change', () => {
    expect(addDays('2032-03-27', 2)).toBe('2032-03-29');
    expect(addDays('2032-03-01', -1)).toBe('2032-02-29');
  });
});

describe('the scale across the top', () => {
  it('counts programme years from the programme’s start', () => {
    expect(ticks(programme, 'years', [])).toEqual([
      { start: '2031-04-01', end: '2032-03-31', label: 'Year 1' },
      { start: '2032-04-01', end: '2033-03-31', label: 'Year 2' },
    ]);
  });

  it('labels every month of the programme', () => {
    const months = ticks(programme, 'months', []);
    expect(months).toHaveLength(24);
    expect(months[0]).toEqual({ start: '2031-04-01', end: '2031-04-30', label: 'Apr 31' });
    expect(months[23]).toEqual({ start: '2033-03-01', end: '2033-03-31', label: 'Mar 33' });
  });
});

describe('the plan as agreed, under today’s bars', () => {
  const slipped = {
    start: '2031-09-01',
    end: '2031-10-10',
    baselineStart: '2031-09-01',
    baselineEnd: '2031-09-26',
  };

  it('says by how many days a phase starts and ends later or earlier than agreed', () => {
    expect(againstBaseline(slipped)).toEqual({ startDays: 0, endDays: 14 });
    expect(
      againstBaseline({ ...slipped, start: '2031-08-25', baselineStart: '2031-09-01' }),
    ).toEqual({ startDays: -7, endDays: 14 });
    expect(againstBaseline({ ...slipped, baselineStart: null, baselineEnd: null })).toBeNull();
  });

  it('gives a phase the lane room of both its dates, so agreed bars never run under another', () => {
    const moved = {
      start: '2031-11-01',
      end: '2031-11-30',
      baselineStart: '2031-10-01',
      baselineEnd: '2031-10-31',
    };
    expect(spanWithBaseline(moved)).toEqual({ start: '2031-10-01', end: '2031-11-30' });
    // Today the reporting phase starts after fieldwork ends; as agreed, they overlapped.
    const fieldwork = {
      ...slipped,
      start: '2031-09-01',
      end: '2031-09-20',
      baselineEnd: '2031-10-10',
    };
    const reporting = {
      start: '2031-09-25',
      end: '2031-10-30',
      baselineStart: null,
      baselineEnd: null,
    };
    expect(packLanes([fieldwork, reporting])).toHaveLength(1);
    expect(packLanes([fieldwork, reporting], spanWithBaseline)).toHaveLength(2);
  });
});
