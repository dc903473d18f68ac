import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  changeInspectionStatusMutation,
  inspectionQuery,
  inspectorateCapacityQuery,
  setInspectorateCapacityMutation,
  setPhaseStaffingMutation,
  type InspectionStatus,
} from '#lib/graphql/plan.ts';
import { choice, text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';
import { quartersTouched } from './capacity.ts';

export const load: PageServerLoad = async ({ params, fetch }) => {
  const { data, problems } = await runQuery(fetch, inspectionQuery, { id: params.id });
  if (problems.length || !data?.inspection) error(404, 'Page not found');
  const inspection = data.inspection;
  const quarters = quartersTouched(
    inspection.phases.flatMap((phase) => [phase.plannedStart, phase.plannedEnd]),
  );
  const capacity = quarters.length
    ? ((
        await runQuery(fetch, inspectorateCapacityQuery, {
          from: quarters[0]!.start,
          to: quarters.at(-1)!.start,
        })
      ).data?.inspectorateCapacity ?? [])
    : [];
  return { inspection, quarters, capacity };
};

/** A number of inspector-weeks as typed, or the problem with it. */
function weeksFrom(value: string, what: string): { weeks?: number; problem?: string } {
  if (value === '') return { weeks: 0 };
  const weeks = Number(value);
  if (!Number.isFinite(weeks)) return { problem: `Enter ${what} as a number, like 4 or 2.5` };
  if (weeks < 0) return { problem: `${what[0]!.toUpperCase()}${what.slice(1)} cannot be negative` };
  return { weeks };
}

export const actions: Actions = {
  status: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const values = {
      status: choice<InspectionStatus>(form, 'status'),
      reason: text(form, 'reason'),
    };
    // Cancelling cannot be undone: a step first says so and asks for the reason it keeps.
    const cancelling = values.status === 'CANCELLED';
    if (cancelling && text(form, 'confirmed') !== 'yes') return { confirmCancel: true, values };
    const result = await runMutation(
      fetch,
      changeInspectionStatusMutation,
      'changeInspectionStatus',
      {
        input: {
          inspectionId: params.id,
          expectedVersion: Number(text(form, 'expectedVersion')),
          status: values.status,
          reason: values.reason || null,
        },
      },
    );
    if (result.problem)
      return fail(400, { values, issues: result.problem.issues, confirmCancel: cancelling });
    redirect(
      303,
      `/plan/inspections/${encodeURIComponent(params.id)}${cancelling ? '?done=cancelled' : ''}`,
    );
  },

  /** Replaces one phase's staffing: inspector-weeks from each inspectorate taking part. */
  staffing: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const phaseId = text(form, 'phaseId');
    const inspectorateIds = form.getAll('inspectorateId').map(String);
    const issues: Array<{ field: string[]; message: string }> = [];
    const staffing: Array<{ inspectorateId: string; inspectorWeeks: number }> = [];
    const values: Record<string, string> = {};
    for (const inspectorateId of inspectorateIds) {
      const field = `weeks-${phaseId}-${inspectorateId}`;
      values[field] = text(form, field);
      const { weeks, problem } = weeksFrom(values[field]!, 'inspector-weeks');
      if (problem) issues.push({ field: [field], message: problem });
      else if (weeks) staffing.push({ inspectorateId, inspectorWeeks: weeks });
    }
    if (issues.length) return fail(400, { values, issues });
    const result = await runMutation(fetch, setPhaseStaffingMutation, 'setPhaseStaffing', {
      input: { phaseId, expectedVersion: Number(text(form, 'expectedVersion')), staffing },
    });
    if (result.problem)
      return fail(400, {
        values,
        issues: result.problem.issues.map((issue) =>
          // A stale form keeps its field: the summary then links to the page as it is now.
          issue.field.at(-1) === 'expectedVersion'
            ? issue
            : { ...issue, field: [`weeks-${phaseId}-${inspectorateIds[0]}`] },
        ),
      });
    redirect(303, `/plan/inspections/${encodeURIComponent(params.id)}?saved=staffing#staffing`);
  },

  /** Sets one inspectorate's capacity for one quarter. */
  capacity: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const values = {
      capacityInspectorateId: text(form, 'capacityInspectorateId'),
      quarterStart: text(form, 'quarterStart'),
      capacityWeeks: text(form, 'capacityWeeks'),
    };
    const issues: Array<{ field: string[]; message: string }> = [];
    if (!values.capacityInspectorateId)
      issues.push({ field: ['capacityInspectorateId'], message: 'Choose the inspectorate' });
    if (!values.quarterStart)
      issues.push({ field: ['quarterStart'], message: 'Choose the quarter' });
    const { weeks, problem } =
      values.capacityWeeks === ''
        ? { problem: 'Enter the inspector-weeks it can give', weeks: undefined }
        : weeksFrom(values.capacityWeeks, 'capacity');
    if (problem) issues.push({ field: ['capacityWeeks'], message: problem });
    if (issues.length) return fail(400, { values, issues });
    const result = await runMutation(
      fetch,
      setInspectorateCapacityMutation,
      'setInspectorateCapacity',
      {
        input: {
          inspectorateId: values.capacityInspectorateId,
          quarterStart: values.quarterStart,
          // A problem returned above, so the weeks were read.
          inspectorWeeks: weeks!,
          // The form carries the version of every capacity it shows; 0 where none was set.
          expectedVersion: Number(
            text(form, `capacityVersion-${values.capacityInspectorateId}-${values.quarterStart}`) ||
              0,
          ),
        },
      },
    );
    if (result.problem) {
      const rename: Record<string, string> = {
        inspectorateId: 'capacityInspectorateId',
        inspectorWeeks: 'capacityWeeks',
      };
      return fail(400, {
        values,
        issues: result.problem.issues.map((issue) => {
          const last = issue.field.at(-1) ?? 'capacityWeeks';
          return { ...issue, field: [rename[last] ?? last] };
        }),
      });
    }
    redirect(303, `/plan/inspections/${encodeURIComponent(params.id)}?saved=capacity#capacity`);
  },
};
