/**
 * The functions of each kind of agency an inspection may look at: reference data
 * (scope-functions.csv) an administrator adds to, corrects and retires.
 */
import { builder } from '../../builder.ts';
import { AgencyKindCodeEnum } from '../organisations/agency-kind.types.ts';

export const ScopeFunctionRef = builder.prismaNode('ScopeFunction', {
  description:
    'A function of a kind of agency an inspection may look at, e.g. listing for HMCTS (reference data).',
  id: { field: 'id' },
  fields: (t) => ({
    agencyKindCode: t.expose('agencyKindCode', { type: AgencyKindCodeEnum }),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    retiredOn: t.expose('retiredOn', {
      type: 'Date',
      nullable: true,
      description: 'Set when it is no longer offered; past inspections keep it.',
    }),
    version: t.exposeInt('version'),
  }),
});

builder.prismaObjectField('AgencyKind', 'scopeFunctions', (t) =>
  t.relation('scopeFunctions', {
    description: 'The functions of this kind an inspection may choose, in list order.',
    args: { includeRetired: t.arg.boolean({ required: false }) },
    query: (args) => ({
      where: args.includeRetired ? {} : { retiredOn: null },
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    }),
  }),
);
