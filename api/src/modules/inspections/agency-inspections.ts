/** The inspections that visited an agency, as its page lists them: only those the viewer may see. */
import { builder } from '../../builder.ts';
import { AgencyRef } from '../organisations/agency.types.ts';
import { visibleProgrammesWhere } from '../access/programme.access.ts';
import { InspectionRef } from './inspection.types.ts';

builder.prismaObjectFields(AgencyRef, (t) => ({
  inspectionsVisiting: t.field({
    type: [InspectionRef],
    description:
      'Inspections that visit or visited it in the field, newest programme first: published programmes for the public, every programme for those who plan and oversee.',
    // Read with the agency itself, so a list of agencies costs no extra statement per agency.
    select: (_args, ctx, nestedSelection) => ({
      visitedBy: {
        where: { inspection: { programme: visibleProgrammesWhere(ctx.viewer) } },
        orderBy: { inspection: { programme: { startsOn: 'desc' } } },
        select: { inspection: nestedSelection(true) },
      },
    }),
    resolve: (agency) => agency.visitedBy.map((locality) => locality.inspection),
  }),
}));
