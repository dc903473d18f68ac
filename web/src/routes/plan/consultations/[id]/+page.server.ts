import { dateIssues, readDate } from '#lib/dates.ts';
import { error, fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery, type UserInputProblem } from '#lib/graphql/client.ts';
import {
  closeConsultationMutation,
  recordConsulteeResponseMutation,
  recordPublicResponseMutation,
  staffConsultationQuery,
  type ConsulteeOutcome,
} from '#lib/graphql/consultations.ts';
import { choice, text } from '#lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch, url }) => {
  const { data, problems } = await runQuery(fetch, staffConsultationQuery, { id: params.id });
  if (problems.length || !data?.consultation) error(404, 'Page not found');
  return { consultation: data.consultation, done: url.searchParams.get('done') };
};

/** The public response form's fields carry a prefix, as the consultee form has fields of the same names. */
const prefixed = (issues: UserInputProblem[], prefix: string, names: string[]) =>
  issues.map((issue) => {
    const last = issue.field[issue.field.length - 1] ?? '';
    return names.includes(last)
      ? { ...issue, field: [`${prefix}${last[0]!.toUpperCase()}${last.slice(1)}`] }
      : issue;
  });

const done = (id: string, what: string) =>
  redirect(303, `/plan/consultations/${encodeURIComponent(id)}?done=${what}`);

export const actions: Actions = {
  consultee: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const dates = {
      receivedOn: readDate(form, 'receivedOn', {
        subject: 'The date it was received',
        notFuture: true,
      }),
      inspectorateAgreedOn: readDate(form, 'inspectorateAgreedOn', {
        subject: 'The date the chief inspector agreed',
        notFuture: true,
      }),
      consulteeAgreedOn: readDate(form, 'consulteeAgreedOn', {
        subject: 'The date the consultee agreed',
        notFuture: true,
      }),
    };
    const values = {
      consulteeId: text(form, 'consulteeId'),
      outcome: choice<ConsulteeOutcome>(form, 'outcome'),
      receivedOn: dates.receivedOn.parts,
      text: text(form, 'text'),
      attachments: text(form, 'attachments'),
      inspectorateAgreedOn: dates.inspectorateAgreedOn.parts,
      consulteeAgreedOn: dates.consulteeAgreedOn.parts,
      correctionReason: text(form, 'correctionReason'),
    };
    const missing = [
      ...dateIssues(dates),
      ...(!values.consulteeId
        ? [{ field: ['consulteeId'], message: 'Choose the statutory consultee' }]
        : []),
      ...(!values.outcome
        ? [{ field: ['outcome'], message: 'Choose what came of consulting it' }]
        : []),
    ];
    if (missing.length) return fail(400, { which: 'consultee' as const, values, issues: missing });
    const result = await runMutation(
      fetch,
      recordConsulteeResponseMutation,
      'recordConsulteeResponse',
      {
        input: {
          consultationId: params.id,
          consulteeId: values.consulteeId,
          outcome: values.outcome,
          receivedOn: dates.receivedOn.iso,
          text: values.text || null,
          attachments: values.attachments
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
          inspectorateAgreedOn: dates.inspectorateAgreedOn.iso,
          consulteeAgreedOn: dates.consulteeAgreedOn.iso,
          correctionReason: values.correctionReason || null,
        },
      },
    );
    if (result.problem)
      return fail(400, { which: 'consultee' as const, values, issues: result.problem.issues });
    done(params.id, 'consultee');
  },
  public: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const receivedOn = readDate(form, 'publicReceivedOn', {
      subject: 'The date the response came',
      enter: 'Enter the date the response came',
      notFuture: true,
    });
    const values = {
      respondent: text(form, 'publicRespondent'),
      organisation: text(form, 'publicOrganisation'),
      receivedOn: receivedOn.parts,
      text: text(form, 'publicText'),
      proposalIds: form
        .getAll('proposalIds')
        .filter((value): value is string => typeof value === 'string' && value !== ''),
    };
    if (receivedOn.problem)
      return fail(400, {
        which: 'public' as const,
        values,
        issues: dateIssues({ publicReceivedOn: receivedOn }),
      });
    const result = await runMutation(fetch, recordPublicResponseMutation, 'recordPublicResponse', {
      input: {
        consultationId: params.id,
        ...values,
        receivedOn: receivedOn.iso!,
        organisation: values.organisation || null,
      },
    });
    if (result.problem)
      return fail(400, {
        which: 'public' as const,
        values,
        issues: prefixed(result.problem.issues, 'public', [
          'respondent',
          'organisation',
          'receivedOn',
          'text',
        ]),
      });
    done(params.id, 'public');
  },
  close: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const values = { outcome: text(form, 'closeOutcome') };
    const result = await runMutation(fetch, closeConsultationMutation, 'closeConsultation', {
      input: {
        consultationId: params.id,
        expectedVersion: Number(text(form, 'expectedVersion')),
        outcome: values.outcome,
      },
    });
    if (result.problem)
      return fail(result.problem.kind === 'ConflictError' ? 409 : 400, {
        which: 'close' as const,
        values,
        // Every problem with closing is about the outcome or the consultation as a whole.
        issues: result.problem.issues.map((issue) => ({ ...issue, field: ['closeOutcome'] })),
      });
    done(params.id, 'closed');
  },
};
