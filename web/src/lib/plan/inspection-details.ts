/**
 * The details of an inspection as its form sends them, for adding one and for changing one:
 * the same fields, read the same way, with the same problems said before the API is asked.
 */
import type { EnumOf } from '@cjji/contract/graphql';
import { choice, text } from '#lib/forms.ts';

export function readInspectionDetails(form: FormData) {
  const all = (name: string) =>
    form.getAll(name).filter((value): value is string => typeof value === 'string' && value !== '');
  const values = {
    title: text(form, 'title'),
    kind: choice<EnumOf<'InspectionKind'>>(form, 'kind'),
    victimsThematic: form.get('victimsThematic') === 'yes',
    theme: text(form, 'theme'),
    scopeStatement: text(form, 'scopeStatement'),
    leadInspectorateId: text(form, 'leadInspectorateId'),
    partnerInspectorateIds: all('partnerInspectorateIds'),
    agencyKindsInScope: all('agencyKindsInScope') as EnumOf<'AgencyKindCode'>[],
    scopeFunctionIds: all('scopeFunctionIds'),
    administrationOnlyStatement: text(form, 'administrationOnlyStatement'),
    localityIds: all('localityIds'),
  };
  const issues = [
    ...(!values.kind
      ? [{ field: ['kind'], message: 'Choose whether it is a joint thematic or a core inspection' }]
      : []),
    ...(!values.leadInspectorateId
      ? [{ field: ['leadInspectorateId'], message: 'Choose the lead inspectorate' }]
      : []),
  ];
  return { values, issues };
}

export type InspectionDetails = ReturnType<typeof readInspectionDetails>['values'];
