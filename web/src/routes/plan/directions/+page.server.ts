import { fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  correctDirectionAgreementMutation,
  correctDirectionMutation,
  directionsQuery,
  planningChoicesQuery,
  recordDirectionAgreementMutation,
  recordDirectionMutation,
} from '#lib/graphql/plan.ts';
import { choice, text } from '#lib/forms.ts';
import { dateIssues, readDate } from '#lib/dates.ts';
import type { EnumOf } from '@cjji/contract/graphql';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const [directions, choices] = await Promise.all([
    runQuery(fetch, directionsQuery, {}),
    runQuery(fetch, planningChoicesQuery, {}),
  ]);
  return {
    directions: directions.data!.directions,
    viewerCan: directions.data!.viewerCan,
    // The ministers whose agreement this person may record with a new direction.
    agreeing: directions.data!.ministers.filter((m) => m.viewerCan.recordAgreement),
    choices: choices.data!,
  };
};

export const actions: Actions = {
  record: async ({ request, fetch }) => {
    const form = await request.formData();
    const all = (name: string) =>
      form
        .getAll(name)
        .filter((value): value is string => typeof value === 'string' && value !== '');
    const kind = choice<EnumOf<'DirectionKind'>>(form, 'kind');
    const agreeing = all('agreeingMinisterIds');
    const agreed = agreeing.map((_id, index) =>
      readDate(form, `agreedOn-${index}`, { subject: 'Date agreed', notFuture: true }),
    );
    const dates = {
      draftedOn: readDate(form, 'draftedOn', {
        subject: 'Date drafted',
        enter: 'Enter the date the direction was drafted',
        notFuture: true,
      }),
      inForceFrom: readDate(form, 'inForceFrom', {
        subject: 'Date in force from',
        enter: 'Enter the date it comes into force',
      }),
      inForceUntil: readDate(form, 'inForceUntil', { subject: 'Date in force until' }),
      programmeBy: readDate(form, 'programmeBy', { subject: 'Date a programme is due' }),
      ...Object.fromEntries(agreed.map((answer, index) => [`agreedOn-${index}`, answer])),
    };
    const minimum = text(form, 'minimumThematics');
    const values = {
      reference: text(form, 'reference'),
      title: text(form, 'title'),
      kind,
      status: choice<EnumOf<'DirectionStatus'>>(form, 'status'),
      draftedOn: dates.draftedOn.parts,
      inForceFrom: dates.inForceFrom.parts,
      inForceUntil: dates.inForceUntil.parts,
      programmeBy: dates.programmeBy.parts,
      agreedOn: agreed.map((answer) => answer.parts),
      minimumThematics: minimum,
      period: choice<EnumOf<'DirectionPeriod'>>(form, 'period'),
      agencyKindsRequired: all('agencyKindsRequired') as EnumOf<'AgencyKindCode'>[],
      formItems: text(form, 'formItems'),
      requirement: text(form, 'requirement'),
    };
    const thematics = kind === 'VICTIMS_THEMATICS';
    const issues = [
      ...dateIssues(dates),
      ...(!kind ? [{ field: ['kind'], message: 'Choose what the direction is about' }] : []),
      ...(!values.status
        ? [{ field: ['status'], message: 'Choose whether all three ministers have agreed' }]
        : []),
      ...(thematics && minimum && !/^\d+$/.test(minimum)
        ? [
            {
              field: ['minimumThematics'],
              message: "Enter how many victims' thematics it requires, as a whole number",
            },
          ]
        : []),
    ];
    if (issues.length) return fail(400, { values, issues });
    const result = await runMutation(fetch, recordDirectionMutation, 'recordDirection', {
      input: {
        reference: values.reference,
        title: values.title,
        kind,
        status: values.status,
        requirement: values.requirement,
        draftedOn: dates.draftedOn.iso!,
        inForceFrom: dates.inForceFrom.iso!,
        inForceUntil: dates.inForceUntil.iso,
        agreements: agreeing.map((ministerId, index) => ({
          ministerId,
          agreedOn: agreed[index]!.iso,
        })),
        minimumThematics: thematics && minimum ? Number(minimum) : null,
        period: thematics ? values.period || null : null,
        agencyKindsRequired: thematics ? values.agencyKindsRequired : [],
        programmeBy: kind === 'TIMING' ? dates.programmeBy.iso : null,
        formItems:
          kind === 'FORM'
            ? values.formItems
                .split('\n')
                .map((line) => line.trim())
                .filter(Boolean)
            : [],
      },
    });
    if (result.problem) return fail(400, { values, issues: result.problem.issues });
    redirect(303, '/plan/directions?done=recorded');
  },
  agree: async ({ request, fetch }) => {
    const form = await request.formData();
    const directionId = text(form, 'directionId');
    const ministerId = text(form, 'ministerId');
    // Each agreement's date boxes have a name of their own, as several forms share the page.
    const field = /^agree-\d+-\d+$/.test(text(form, 'field')) ? text(form, 'field') : 'agreedOn';
    const agreedOn = readDate(form, field, {
      subject: 'Date agreed',
      enter: 'Enter the date the minister agreed',
      notFuture: true,
    });
    const agreement = { directionId, ministerId, field, agreedOn: agreedOn.parts };
    const issues = dateIssues({ [field]: agreedOn });
    if (issues.length) return fail(400, { agreement, issues });
    const result = await runMutation(
      fetch,
      recordDirectionAgreementMutation,
      'recordDirectionAgreement',
      {
        input: {
          directionId,
          ministerId,
          agreedOn: agreedOn.iso!,
          expectedVersion: Number(text(form, 'expectedVersion')),
        },
      },
    );
    if (result.problem)
      return fail(400, {
        agreement,
        issues: result.problem.issues.map((issue) => ({ ...issue, field: [field] })),
      });
    redirect(
      303,
      `/plan/directions?done=${result.data.status === 'GIVEN' ? 'given' : 'agreed'}#direction-${directionId}`,
    );
  },

  correct: async ({ request, fetch }) => {
    const form = await request.formData();
    const directionId = text(form, 'directionId');
    const until = readDate(form, `inForceUntil-${directionId}`, {
      subject: 'Date in force until',
    });
    const values = {
      title: text(form, 'title'),
      requirement: text(form, 'requirement'),
      inForceUntil: until.parts,
      reason: text(form, 'reason'),
    };
    const failed = (issues: Array<{ field: string[]; message: string }>) =>
      fail(400, {
        correction: { directionId, which: 'correct' as const, values },
        issues: correctionIssues(issues, directionId, 'correct'),
      });
    const wrong = dateIssues({ inForceUntil: until });
    if (wrong.length) return failed(wrong);
    const result = await runMutation(fetch, correctDirectionMutation, 'correctDirection', {
      input: {
        directionId,
        expectedVersion: Number(text(form, 'expectedVersion')),
        title: values.title,
        requirement: values.requirement,
        inForceUntil: until.iso,
        reason: values.reason,
      },
    });
    if (result.problem) return failed(result.problem.issues);
    redirect(303, `/plan/directions?done=corrected#direction-${directionId}`);
  },
  correctAgreement: ({ request, fetch }) => correctAgreement(request, fetch, false),
  withdrawAgreement: ({ request, fetch }) => correctAgreement(request, fetch, true),
  withdraw: async ({ request, fetch }) => {
    const form = await request.formData();
    const directionId = text(form, 'directionId');
    const values = { reason: text(form, 'reason') };
    const result = await runMutation(fetch, correctDirectionMutation, 'correctDirection', {
      input: {
        directionId,
        expectedVersion: Number(text(form, 'expectedVersion')),
        withdraw: true,
        reason: values.reason,
      },
    });
    if (result.problem)
      return fail(400, {
        correction: { directionId, which: 'withdraw' as const, values },
        issues: correctionIssues(result.problem.issues, directionId, 'withdraw'),
      });
    redirect(303, `/plan/directions?done=withdrawn#direction-${directionId}`);
  },
};

/**
 * One minister's recorded agreement, corrected (the day) or withdrawn, with a reason. Each
 * agreement's boxes have names of their own (`agree-<d>-<m>`), as several share the page.
 */
async function correctAgreement(
  request: Request,
  fetch: typeof globalThis.fetch,
  withdraw: boolean,
) {
  const form = await request.formData();
  const directionId = text(form, 'directionId');
  const ministerId = text(form, 'ministerId');
  const field = /^agree-\d+-\d+$/.test(text(form, 'field')) ? text(form, 'field') : 'agreedOn';
  const agreedOn = readDate(form, field, {
    subject: 'Date agreed',
    enter: 'Enter the date the minister agreed',
    notFuture: true,
  });
  const reason = text(form, 'reason');
  const agreementCorrection = { field, withdraw, agreedOn: agreedOn.parts, reason };
  const named = (issues: Array<{ field: string[]; message: string }>) =>
    issues.map((issue) => ({
      message: issue.message,
      field: [
        issue.field.at(-1) === 'agreedOn' || issue.field[0] === field ? field : `reason-${field}`,
      ],
    }));
  const wrong = withdraw ? [] : dateIssues({ [field]: agreedOn });
  if (wrong.length) return fail(400, { agreementCorrection, issues: named(wrong) });
  const result = await runMutation(
    fetch,
    correctDirectionAgreementMutation,
    'correctDirectionAgreement',
    {
      input: {
        directionId,
        ministerId,
        expectedVersion: Number(text(form, 'expectedVersion')),
        withdraw,
        agreedOn: withdraw ? null : agreedOn.iso,
        reason,
      },
    },
  );
  if (result.problem)
    return fail(400, { agreementCorrection, issues: named(result.problem.issues) });
  redirect(
    303,
    `/plan/directions?done=${withdraw ? 'agreement-withdrawn' : 'agreement-corrected'}#direction-${directionId}`,
  );
}

/** A correction's issues, named as the direction's boxes are: "title-<id>", "reason-correct-<id>". */
function correctionIssues(
  issues: Array<{ field: string[]; message: string }>,
  directionId: string,
  which: 'correct' | 'withdraw',
) {
  const shown = ['title', 'requirement', 'inForceUntil'];
  return issues.map((issue) => {
    const field = issue.field.at(-1) ?? '';
    return {
      message: issue.message,
      field: [
        shown.includes(field) && which === 'correct'
          ? `${field}-${directionId}`
          : `reason-${which}-${directionId}`,
      ],
    };
  });
}
