import { AgencyKindCode } from '@cjji/db';
import { builder } from '../../builder.ts';
import { kept } from '../../context.ts';
import './inspectorate.types.ts';

export const AgencyKindCodeEnum = builder.enumType(AgencyKindCode, {
  name: 'AgencyKindCode',
  description: 'The sorts of agency inspected on how they treat victims.',
});

builder.prismaObject('AgencyKind', {
  description:
    'A sort of agency: it decides which inspectorates inspect it and which minister answers for it.',
  fields: (t) => ({
    code: t.expose('code', { type: AgencyKindCodeEnum }),
    name: t.exposeString('name'),
    pluralName: t.exposeString('pluralName'),
    responsibleMinister: t.relation('responsibleMinister', {
      description: 'The minister who lays this kind of agency’s action plans before Parliament.',
    }),
    inspectedBy: t.relation('inspectedBy', { query: { orderBy: { name: 'asc' } } }),
  }),
});

// Read whole, and kept between requests while the content version is unchanged (every write to
// the kinds bumps it): the pages ask for scalars; a relation asked for is loaded by Pothos.
builder.queryField('agencyKinds', (t) =>
  t.prismaField({
    type: ['AgencyKind'],
    resolve: (_query, _root, _args, ctx) =>
      kept(ctx, 'agencyKinds', () =>
        ctx.prisma.agencyKind.findMany({ orderBy: { sortOrder: 'asc' } }),
      ),
  }),
);
