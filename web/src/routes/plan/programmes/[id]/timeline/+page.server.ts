import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import { londonToday } from '#lib/dates.ts';
import { reschedulePhaseMutation } from '#lib/graphql/plan.ts';
import {
  planningTimelineQuery,
  reschedulePhasesMutation,
  type StagedChange,
} from '#lib/graphql/timeline.ts';
import { text } from '#lib/forms.ts';
import { dateIssues, readDate } from '#lib/dates.ts';
import type { Zoom } from '#lib/plan/timeline-layout.ts';
import { filterInspections, readFilters } from './filters.ts';
import type { Actions, PageServerLoad } from './$types';

const zooms: Zoom[] = ['months', 'quarters', 'years'];

export const load: PageServerLoad = async ({ params, fetch, url }) => {
  // The agreed dates of every phase are read only when the planner asks to see them.
  const withBaseline = url.searchParams.get('baseline') === 'yes';
  const { data, problems } = await runQuery(fetch, planningTimelineQuery, {
    id: params.id,
    withBaseline,
  });
  if (problems.length || !data?.programme) error(404, 'Page not found');
  const filters = readFilters(url.searchParams);
  const zoom = zooms.find((z) => z === url.searchParams.get('zoom')) ?? 'quarters';
  return {
    programme: data.programme,
    inspectorates: data.inspectorates,
    shown: filterInspections(data.programme.inspections, filters),
    filters,
    zoom,
    // The agreed plan drawn under today's bars, once there is one to draw.
    showBaseline: withBaseline && !!data.programme.baseline,
    // Agreeing a programme (or publishing it) captures its baseline.
    mayShowBaseline: data.programme.status !== 'DRAFT',
    selectedPhaseId: url.searchParams.get('phase'),
    movedPhaseId: url.searchParams.get('moved'),
    saved: url.searchParams.get('saved')?.split(',').filter(Boolean) ?? [],
    today: londonToday(),
  };
};

/** The staged changes the browser sends with "Save all changes", read defensively. */
function stagedChanges(raw: string): StagedChange[] {
  try {
    const parsed: unknown = JSON.parse(raw || '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((c) =>
      c &&
      typeof c.phaseId === 'string' &&
      typeof c.expectedVersion === 'number' &&
      /^\d{4}-\d{2}-\d{2}$/.test(c.plannedStart) &&
      /^\d{4}-\d{2}-\d{2}$/.test(c.plannedEnd)
        ? [
            {
              phaseId: c.phaseId,
              expectedVersion: c.expectedVersion,
              plannedStart: c.plannedStart,
              plannedEnd: c.plannedEnd,
            },
          ]
        : [],
    );
  } catch {
    return [];
  }
}

export const actions: Actions = {
  reschedule: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const read = (name: string, subject: string, enter?: string) =>
      readDate(form, name, { subject, enter });
    const dates = {
      plannedStart: read('plannedStart', 'Planned start', 'Enter the planned start'),
      plannedEnd: read('plannedEnd', 'Planned end', 'Enter the planned end'),
      actualStart: read('actualStart', 'Actual start'),
      actualEnd: read('actualEnd', 'Actual end'),
    };
    const values = {
      phaseId: text(form, 'phaseId'),
      expectedVersion: Number(text(form, 'expectedVersion')),
      plannedStart: dates.plannedStart.parts,
      plannedEnd: dates.plannedEnd.parts,
      actualStart: dates.actualStart.parts,
      actualEnd: dates.actualEnd.parts,
      reason: text(form, 'reason') || null,
    };
    const wrong = dateIssues(dates);
    if (wrong.length) return fail(400, { values, issues: wrong });
    const result = await runMutation(fetch, reschedulePhaseMutation, 'reschedulePhase', {
      input: {
        ...values,
        plannedStart: dates.plannedStart.iso!,
        plannedEnd: dates.plannedEnd.iso!,
        actualStart: dates.actualStart.iso,
        actualEnd: dates.actualEnd.iso,
      },
    });
    if (result.problem)
      return fail(result.problem.kind === 'ConflictError' ? 409 : 400, {
        values,
        issues: result.problem.issues,
      });
    redirect(
      303,
      `/plan/programmes/${encodeURIComponent(params.id)}/timeline?moved=${encodeURIComponent(values.phaseId)}#phase-${encodeURIComponent(values.phaseId)}`,
    );
  },
  saveAll: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const changes = stagedChanges(text(form, 'changes'));
    const reason = text(form, 'reason') || null;
    if (!changes.length)
      return fail(400, {
        saveAll: true,
        reason,
        issues: [{ field: ['changes'], message: 'Stage at least one change to save.' }],
      });
    const result = await runMutation(fetch, reschedulePhasesMutation, 'reschedulePhases', {
      input: { programmeId: params.id, changes, reason },
    });
    if (result.problem)
      return fail(result.problem.kind === 'ConflictError' ? 409 : 400, {
        saveAll: true,
        reason,
        issues: result.problem.issues,
      });
    const ids = changes.map((c) => c.phaseId).slice(0, 50);
    redirect(
      303,
      `/plan/programmes/${encodeURIComponent(params.id)}/timeline?saved=${ids.map(encodeURIComponent).join(',')}#phase-${encodeURIComponent(ids[0]!)}`,
    );
  },
};
