import { fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import { choice, text } from '#lib/forms.ts';
import {
  escalationsQuery,
  recordEscalationMutation,
  recordEscalationResponseMutation,
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

  respond: async ({ request, fetch }) => {
    const form = await request.formData();
    const escalationId = text(form, 'escalationId');
    const respondedOn = readDate(form, `respondedOn-${escalationId}`, {
      subject: 'Date of the response',
      enter: 'Enter the date the response was published',
      notFuture: true,
    });
    const values = { respondedOn: respondedOn.parts };
    const issues = dateIssues({ respondedOn });
    if (issues.length)
      return fail(400, {
        action: 'respond' as const,
        escalationId,
        values,
        issues: issuesFor(issues, escalationId, ['respondedOn'], 'respondedOn'),
      });
    const result = await runMutation(
      fetch,
      recordEscalationResponseMutation,
      'recordEscalationResponse',
      {
        input: {
          escalationId,
          respondedOn: respondedOn.iso!,
          // The version the page showed: someone recording the response first is a conflict.
          ...(/^\d+$/.test(text(form, 'expectedVersion'))
            ? { expectedVersion: Number(text(form, 'expectedVersion')) }
            : {}),
        },
      },
    );
    if (result.problem) {
      return fail(400, {
        action: 'respond' as const,
        escalationId,
        values,
        issues: issuesFor(result.problem.issues, escalationId, ['respondedOn'], 'respondedOn'),
      });
    }
    redirect(303, `/track/escalations?responded=${encodeURIComponent(escalationId)}`);
  },
};
