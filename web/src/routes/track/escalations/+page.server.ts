import { fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import { text } from '#lib/forms.ts';
import {
  escalationsQuery,
  recordEscalationMutation,
  recordEscalationResponseMutation,
  type AgencyChoices,
  type Escalation,
} from '#lib/graphql/track.ts';
import { isCalendarDate, issuesFor, today } from '../form-checks.ts';
import type { Actions, PageServerLoad } from './$types';

const kinds = ['ENHANCED_MONITORING', 'URGENT_NOTIFICATION', 'INDEPENDENT_REVIEW_OF_PROGRESS'];

type EscalationsData = {
  escalations: Escalation[];
  inspectorates: Array<{
    id: string;
    name: string;
    shortName: string;
    viewerCan: { recordEscalation: boolean };
  }>;
  viewerCan: { recordEscalation: boolean };
} & AgencyChoices;

export const load: PageServerLoad = async ({ fetch, url }) => {
  const { data } = await runQuery<EscalationsData, {}>(fetch, escalationsQuery, {});
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

const dateIssue = (field: string, value: string, missing: string, what: string) =>
  !value
    ? [{ field: [field], message: missing }]
    : !isCalendarDate(value)
      ? [{ field: [field], message: `${what} must be a real date, for example 2027-03-14` }]
      : [];

export const actions: Actions = {
  record: async ({ request, fetch }) => {
    const form = await request.formData();
    const values = {
      kind: text(form, 'kind'),
      agencyId: text(form, 'agencyId'),
      inspectorateId: text(form, 'inspectorateId'),
      issuedOn: text(form, 'issuedOn'),
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
      ...dateIssue(
        'issuedOn',
        values.issuedOn,
        'Enter the date it was issued',
        'The date it was issued',
      ),
    ];
    if (issues.length) return fail(400, { action: 'record' as const, values, issues });
    const result = await runMutation<{ id: string }>(
      fetch,
      recordEscalationMutation,
      'recordEscalation',
      { input: values },
    );
    if (result.problem)
      return fail(400, { action: 'record' as const, values, issues: result.problem.issues });
    redirect(303, `/track/escalations?recorded=${encodeURIComponent(result.data.id)}`);
  },

  respond: async ({ request, fetch }) => {
    const form = await request.formData();
    const escalationId = text(form, 'escalationId');
    const values = { respondedOn: text(form, 'respondedOn') };
    const issues = dateIssue(
      'respondedOn',
      values.respondedOn,
      'Enter the date the response was published',
      'The date of the response',
    );
    if (issues.length)
      return fail(400, {
        action: 'respond' as const,
        escalationId,
        values,
        issues: issuesFor(issues, escalationId, ['respondedOn'], 'respondedOn'),
      });
    const result = await runMutation<{ id: string }>(
      fetch,
      recordEscalationResponseMutation,
      'recordEscalationResponse',
      { input: { escalationId, ...values } },
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
