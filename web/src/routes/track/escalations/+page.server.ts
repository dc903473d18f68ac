import { fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import { choice, text } from '#lib/forms.ts';
import {
  escalationsQuery,
  recordEscalationMutation,
  recordEscalationResponseMutation,
  endEscalationMutation,
  type EscalationKind,
} from '#lib/graphql/track.ts';
import { issuesFor, today } from '../form-checks.ts';
import { dateIssues, readDate } from '#lib/dates.ts';
import type { Actions, PageServerLoad } from './$types';

const kinds = ['ENHANCED_MONITORING', 'URGENT_NOTIFICATION', 'INDEPENDENT_REVIEW_OF_PROGRESS'];

export const load: PageServerLoad = async ({ fetch, url }) => {
  const { data } = await runQuery(fetch, escalationsQuery, {});
  return {
    escalations: data!.escalations,
    viewerCan: data!.viewerCan,
    choices: {
      inspectorates: data!.inspectorates,
      agencyKinds: data!.agencyKinds,
      agencies: data!.agencies,
    },
    today: today(),
    recorded: url.searchParams.get('recorded'),
    responded: url.searchParams.get('responded'),
    ended: url.searchParams.get('ended'),
  };
};

export const actions: Actions = {
  record: async ({ request, fetch }) => {
    const form = await request.formData();
    const issuedOn = readDate(form, 'issuedOn', {
      subject: 'Date issued',
      enter: 'Enter the date it was issued',
      notFuture: true,
    });
    const values = {
      kind: choice<EscalationKind>(form, 'kind'),
      agencyId: text(form, 'agencyId'),
      inspectorateId: text(form, 'inspectorateId'),
      issuedOn: issuedOn.parts,
      summary: text(form, 'summary'),
    };
    const issues = [
      ...(!kinds.includes(values.kind)
        ? [{ field: ['kind'], message: 'Choose the kind of escalation' }]
        : []),
      ...(!values.agencyId
        ? [{ field: ['agencyId'], message: 'Choose the agency it concerns' }]
        : []),
      ...(!values.inspectorateId
        ? [{ field: ['inspectorateId'], message: 'Choose the inspectorate that issued it' }]
        : []),
      ...dateIssues({ issuedOn }),
    ];
    if (issues.length) return fail(400, { action: 'record' as const, values, issues });
    const result = await runMutation(fetch, recordEscalationMutation, 'recordEscalation', {
      input: { ...values, issuedOn: issuedOn.iso! },
    });
    if (result.problem)
      return fail(400, { action: 'record' as const, values, issues: result.problem.issues });
    redirect(303, `/track/escalations?recorded=${encodeURIComponent(result.data.id)}`);
  },

  respond: ({ request, fetch }) =>
    recordDay(
      request,
      {
        action: 'respond',
        field: 'respondedOn',
        subject: 'Date of the response',
        enter: 'Enter the date the response was published',
        done: 'responded',
      },
      (input) =>
        runMutation(fetch, recordEscalationResponseMutation, 'recordEscalationResponse', {
          input: { ...input, respondedOn: input.day },
        }),
    ),

  end: ({ request, fetch }) =>
    recordDay(
      request,
      {
        action: 'end',
        field: 'endedOn',
        subject: 'Date it ended',
        enter: 'Enter the date it ended',
        done: 'ended',
      },
      ({ day, escalationId, expectedVersion }) =>
        runMutation(fetch, endEscalationMutation, 'endEscalation', {
          input: { escalationId, endedOn: day, expectedVersion: expectedVersion ?? 0 },
        }),
    ),
};

/**
 * A day in an escalation's life, recorded from one of its cards: the public response or its
 * end. The field is named per escalation, so that an error shows on the card it came from.
 */
async function recordDay(
  request: Request,
  step: {
    action: 'respond' | 'end';
    field: 'respondedOn' | 'endedOn';
    subject: string;
    enter: string;
    done: string;
  },
  send: (input: {
    escalationId: string;
    day: string;
    expectedVersion?: number;
  }) => Promise<{ problem?: { issues: Array<{ field: string[]; message: string }> } }>,
) {
  const form = await request.formData();
  const escalationId = text(form, 'escalationId');
  const day = readDate(form, `${step.field}-${escalationId}`, {
    subject: step.subject,
    enter: step.enter,
    notFuture: true,
  });
  const values = { [step.field]: day.parts };
  const refused = (issues: Array<{ field: string[]; message: string }>) =>
    fail(400, {
      action: step.action,
      escalationId,
      values,
      issues: issuesFor(issues, escalationId, [step.field], step.field),
    });
  const issues = dateIssues({ [step.field]: day });
  if (issues.length) return refused(issues);
  const version = text(form, 'expectedVersion');
  const result = await send({
    escalationId,
    day: day.iso!,
    // The version the page showed: someone recording it first is a conflict.
    ...(/^\d+$/.test(version) ? { expectedVersion: Number(version) } : {}),
  });
  if (result.problem) return refused(result.problem.issues);
  redirect(303, `/track/escalations?${step.done}=${encodeURIComponent(escalationId)}`);
}
