import { fail, redirect } from '@sveltejs/kit';
import { runMutation, runQuery } from '#lib/graphql/client.ts';
import {
  directionsQuery,
  planningChoicesQuery,
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
    choices: choices.data!,
  };
};

export const actions: Actions = {
  default: async ({ request, fetch }) => {
    const form = await request.formData();
    const all = (name: string) =>
      form
        .getAll(name)
        .filter((value): value is string => typeof value === 'string' && value !== '');
    const dates = {
      givenOn: readDate(form, 'givenOn', {
        subject: 'Date given',
        enter: 'Enter the date the direction was given',
        notFuture: true,
      }),
      inForceFrom: readDate(form, 'inForceFrom', {
        subject: 'Date in force from',
        enter: 'Enter the date it comes into force',
      }),
      inForceUntil: readDate(form, 'inForceUntil', { subject: 'Date in force until' }),
    };
    const values = {
      reference: text(form, 'reference'),
      title: text(form, 'title'),
      givenOn: dates.givenOn.parts,
      inForceFrom: dates.inForceFrom.parts,
      inForceUntil: dates.inForceUntil.parts,
      givenByMinisterIds: all('givenByMinisterIds'),
      minimumThematics: Number(text(form, 'minimumThematics')),
      period: choice<EnumOf<'DirectionPeriod'>>(form, 'period'),
      agencyKindsRequired: all('agencyKindsRequired') as EnumOf<'AgencyKindCode'>[],
      requirement: text(form, 'requirement'),
    };
    const issues = [
      ...dateIssues(dates),
      ...(!Number.isInteger(values.minimumThematics) || values.minimumThematics < 1
        ? [
            {
              field: ['minimumThematics'],
              message: "Enter how many victims' thematics it requires, as a whole number",
            },
          ]
        : []),
      ...(!values.period
        ? [{ field: ['period'], message: 'Choose whether the number is per programme or per year' }]
        : []),
    ];
    if (issues.length) return fail(400, { values, issues });
    const result = await runMutation(fetch, recordDirectionMutation, 'recordDirection', {
      input: {
        ...values,
        givenOn: dates.givenOn.iso!,
        inForceFrom: dates.inForceFrom.iso!,
        inForceUntil: dates.inForceUntil.iso,
      },
    });
    if (result.problem) return fail(400, { values, issues: result.problem.issues });
    redirect(303, '/plan/directions?done=recorded');
  },
};
