import { LocalPolicingBodyKind } from '@cjji/db';
import { builder } from '../../builder.ts';

export const LocalPolicingBodyKindEnum = builder.enumType(LocalPolicingBodyKind, {
  name: 'LocalPolicingBodyKind',
  description:
    'PCC: Police and Crime Commissioner; PFCC: Police, Fire and Crime Commissioner; MAYOR: a mayor with PCC functions; COMMON_COUNCIL: the City of London’s Common Council.',
});

export const LocalPolicingBodyRef = builder.prismaNode('LocalPolicingBody', {
  description:
    'The body that holds a police force to account and places its action plans in the public domain.',
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: LocalPolicingBodyKindEnum }),
    terms: t.relation('terms', {
      description: 'The forces it has held the role for, and when.',
      query: { orderBy: { startsOn: 'desc' } },
    }),
  }),
});

builder.prismaObject('LocalPolicingBodyTerm', {
  description: 'A period in which a body holds the local policing body role for a force.',
  fields: (t) => ({
    localPolicingBody: t.relation('localPolicingBody'),
    policeForce: t.relation('policeForce'),
    startsOn: t.expose('startsOn', {
      type: 'Date',
      nullable: true,
      description: 'Null when the source does not record the start.',
    }),
    endsOn: t.expose('endsOn', {
      type: 'Date',
      nullable: true,
      description: 'Null while the body holds the role.',
    }),
  }),
});
