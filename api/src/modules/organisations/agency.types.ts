import { Country } from '@cjji/db';
import { builder } from '../../builder.ts';
import { startOfDay, ukDay } from '../shared/calendar.ts';
import './agency-kind.types.ts';
import { LocalPolicingBodyRef } from './local-policing-body.types.ts';
import { termInForceOn } from './local-policing-body.rules.ts';

export const CountryEnum = builder.enumType(Country, { name: 'Country' });

export const AgencyRef = builder.prismaNode('Agency', {
  description:
    'A body inspected on how it treats victims: a police force, a CPS area, HMCTS, HMPPS, a probation region, a prison or a youth offending team.',
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName', { nullable: true }),
    kind: t.relation('kind'),
    region: t.exposeString('region', {
      nullable: true,
      description: 'The region it is grouped under for comparison.',
    }),
    country: t.expose('country', { type: CountryEnum }),
    parent: t.relation('parent', {
      nullable: true,
      description: 'The national agency an area or region belongs to.',
    }),
    children: t.relation('children', {
      description: 'The areas or regions of a national agency.',
      query: { orderBy: { name: 'asc' } },
    }),
    notes: t.exposeString('notes', { nullable: true }),
    closedOn: t.expose('closedOn', {
      type: 'Date',
      nullable: true,
      description:
        'The last day it existed as itself; null while open. A closed agency keeps its ratings and plans.',
    }),
    formerNames: t.relation('formerNames', {
      description: 'The names it went by before, latest first.',
      query: { orderBy: { renamedOn: 'desc' } },
    }),
    reopenings: t.relation('reopenings', {
      description: 'Closings undone, latest first: the closing day each undid, and why.',
      query: { orderBy: { reopenedAt: 'desc' } },
    }),
    version: t.exposeInt('version', {
      description: 'Send it back with a change, so that two edits at once cannot cross.',
    }),
    localPolicingBody: t.field({
      type: LocalPolicingBodyRef,
      nullable: true,
      description:
        'For a police force: its local policing body on the given date (today if none), from the record of who held the role when.',
      args: { on: t.arg({ type: 'Date', required: false }) },
      select: { localPolicingBodyTerms: { include: { localPolicingBody: true } } },
      resolve: (agency, args, ctx) =>
        termInForceOn(agency.localPolicingBodyTerms, args.on ?? startOfDay(ctx.now()))
          ?.localPolicingBody ?? null,
    }),
    localPolicingBodyTerms: t.relation('localPolicingBodyTerms', {
      description:
        'For a police force: every body that has held the local policing body role, latest first.',
      query: { orderBy: { startsOn: { sort: 'desc', nulls: 'last' } } },
    }),
    prosecutedBy: t.relation('coveredByAreas', {
      description: 'For a police force: the CPS areas that prosecute its cases.',
    }),
    prosecutesFor: t.relation('coversForces', {
      description: 'For a CPS area: the police forces whose cases it prosecutes.',
    }),
  }),
});

builder.prismaObject('AgencyReopening', {
  description: 'A closing undone: the agency was closed in error, or opened again.',
  fields: (t) => ({
    closedOn: t.expose('closedOn', {
      type: 'Date',
      description: 'The closing day it had until it was reopened.',
    }),
    reason: t.exposeString('reason'),
    reopenedOn: t.field({
      type: 'Date',
      description: 'The UK day it was reopened.',
      select: { reopenedAt: true },
      resolve: (reopening) => ukDay(reopening.reopenedAt),
    }),
  }),
});

builder.prismaObject('AgencyFormerName', {
  description: 'A name an agency went by before a rename.',
  fields: (t) => ({
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName', { nullable: true }),
    renamedOn: t.expose('renamedOn', {
      type: 'Date',
      description: 'The first day of the next name: this one was in use until the day before.',
    }),
  }),
});

builder.prismaObject('CpsAreaCoverage', {
  description:
    'A CPS area prosecuting for a police force; the Metropolitan Police area is split between two areas by borough.',
  fields: (t) => ({
    cpsArea: t.relation('cpsArea'),
    policeForce: t.relation('policeForce'),
    partial: t.exposeBoolean('partial', {
      description: 'True when the area covers only part of the force’s area.',
    }),
  }),
});
