/**
 * An agency's inspection burden, as its page and the table across forces show it: every
 * fieldwork visit the viewer may see (and, for staff, other inspecting bodies' proposed
 * inspections not refused) in the 12 months either side of a day, each with how
 * many visits it makes in the 12 months to its start, against the kind's warning number.
 */
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { visibleProgrammesWhere } from '../access/programme.access.ts';
import { maySeeProposedInspections } from '../access/gatekeeping.access.ts';
import { AgencyRef } from '../organisations/agency.types.ts';
import { countedProposalsWhere } from '../programmes/programme.plan.ts';
import { effectiveDates } from '../programmes/schedule.rules.ts';
import { shiftYears, type DateRange } from '../shared/calendar.ts';
import { globalIdOf } from '../shared/ids.ts';
import { ukToday } from '../shared/uk-day.ts';
import { visitsInYearTo, type Visit } from '../programmes/burden.rules.ts';

/** A filter that matches no row: Prisma reads an empty `in` list as "none of these". */
const nothing = { proposedInspectionId: { in: [] as string[] } };

interface BurdenVisit {
  inspectionId: string | null;
  proposedInspectionId: string | null;
  title: string;
  ledBy: string;
  byOtherBody: boolean;
  dates: DateRange;
  visitsInYear: number;
}

interface Burden {
  on: Date;
  warnFromVisit: number | null;
  visitsInYearToDate: number;
  visits: BurdenVisit[];
}

const BurdenVisitRef = builder.objectRef<BurdenVisit>('InspectionBurdenVisit').implement({
  description: 'One fieldwork visit to the agency.',
  fields: (t) => ({
    inspectionId: t.id({
      nullable: true,
      description: 'The inspection, when the visit is a programme’s fieldwork.',
      resolve: (v) => v.inspectionId && globalIdOf('Inspection', v.inspectionId),
    }),
    proposedInspectionId: t.id({
      nullable: true,
      description: 'Another inspecting body’s proposed inspection, when the visit is one.',
      resolve: (v) =>
        v.proposedInspectionId && globalIdOf('ProposedInspection', v.proposedInspectionId),
    }),
    title: t.exposeString('title'),
    ledBy: t.exposeString('ledBy', {
      description: 'The lead inspectorate’s short name, or the other inspecting body’s.',
    }),
    byOtherBody: t.exposeBoolean('byOtherBody', {
      description: 'Whether another inspecting body (Ofsted, CQC, Estyn …) proposes it.',
    }),
    startsOn: t.field({ type: 'Date', resolve: (v) => v.dates.start }),
    endsOn: t.field({ type: 'Date', resolve: (v) => v.dates.end }),
    visitsInYear: t.exposeInt('visitsInYear', {
      description: 'Which visit this is in the 12 months to its start (itself included).',
    }),
  }),
});

const BurdenRef = builder.objectRef<Burden>('InspectionBurden').implement({
  description:
    'Fieldwork visits to an agency in the 12 months either side of a day, by any programme the viewer may see.',
  fields: (t) => ({
    on: t.field({ type: 'Date', resolve: (b) => b.on }),
    warnFromVisit: t.exposeInt('warnFromVisit', {
      nullable: true,
      description: 'Planning warns from this visit in 12 months (set per kind of agency).',
    }),
    visitsInYearToDate: t.exposeInt('visitsInYearToDate', {
      description: 'Visits starting in the 12 months up to and including `on`.',
    }),
    visits: t.field({ type: [BurdenVisitRef], resolve: (b) => b.visits }),
  }),
});

/**
 * What an agency is read with for its burden: the fieldwork of inspections in programmes the
 * viewer may see, and other bodies' proposals not refused where the viewer may see them.
 * The agency page, the table across forces and the gatekeeper's view all read it so.
 */
export const burdenSelect = (ctx: Context) => ({
  // Other bodies' proposals are the inspectorates' working papers: staff see them.
  proposedInspections: {
    where: maySeeProposedInspections(ctx.viewer)
      ? { proposedInspection: countedProposalsWhere }
      : nothing,
    select: {
      proposedInspection: {
        select: {
          id: true,
          title: true,
          fieldworkStart: true,
          fieldworkEnd: true,
          body: { select: { shortName: true } },
        },
      },
    },
  },
  id: true,
  kind: { select: { burdenThreshold: { select: { warnFromVisit: true } } } },
  visitedBy: {
    where: {
      inspection: {
        status: { not: 'CANCELLED' },
        programme: {
          AND: [visibleProgrammesWhere(ctx.viewer), { status: { not: 'SUPERSEDED' } }],
        },
      },
    },
    select: {
      inspection: {
        select: {
          id: true,
          title: true,
          leadInspectorate: { select: { shortName: true } },
          phases: {
            where: { kind: 'FIELDWORK' },
            select: {
              id: true,
              plannedStart: true,
              plannedEnd: true,
              actualStart: true,
              actualEnd: true,
            },
          },
        },
      },
    },
  },
});

type BurdenAgency = {
  id: string;
  visitedBy: Array<{
    inspection: {
      id: string;
      title: string;
      leadInspectorate: { shortName: string };
      phases: Array<{
        id: string;
        plannedStart: Date;
        plannedEnd: Date;
        actualStart: Date | null;
        actualEnd: Date | null;
      }>;
    };
  }>;
  proposedInspections: Array<{
    proposedInspection: {
      id: string;
      title: string;
      fieldworkStart: Date;
      fieldworkEnd: Date;
      body: { shortName: string };
    };
  }>;
};

/** Every visit to the agency read with `burdenSelect`, as the burden rules count them. */
export function visitsOf(
  agency: BurdenAgency,
): Array<Visit & { title: string; ledBy: string; proposedInspectionId: string | null }> {
  return [
    ...agency.visitedBy.flatMap(({ inspection }) =>
      inspection.phases.map((phase) => ({
        id: phase.id,
        inspectionId: inspection.id,
        proposedInspectionId: null,
        what: inspection.title,
        title: inspection.title,
        ledBy: inspection.leadInspectorate.shortName,
        agencyId: agency.id,
        dates: effectiveDates(phase),
      })),
    ),
    ...agency.proposedInspections.map(({ proposedInspection: p }) => ({
      id: p.id,
      inspectionId: null,
      proposedInspectionId: p.id,
      what: p.title,
      title: p.title,
      ledBy: p.body.shortName,
      agencyId: agency.id,
      dates: { start: p.fieldworkStart, end: p.fieldworkEnd },
    })),
  ];
}

builder.prismaObjectFields(AgencyRef, (t) => ({
  inspectionBurden: t.field({
    type: BurdenRef,
    args: { on: t.arg({ type: 'Date', required: false, description: 'Today if left out.' }) },
    // Read with the agency, so the table across forces costs no statement per force.
    select: (_args, ctx) => burdenSelect(ctx),
    resolve: (agency, args, ctx) => {
      const on = args.on ?? ukToday(ctx.now());
      const all = visitsOf(agency);
      const from = shiftYears(on, -1);
      const to = shiftYears(on, 1);
      const visits = all
        .filter((v) => v.dates.start > from && v.dates.start <= to)
        .sort((a, b) => a.dates.start.getTime() - b.dates.start.getTime())
        .map((v) => ({
          inspectionId: v.inspectionId,
          proposedInspectionId: v.proposedInspectionId,
          title: v.title,
          ledBy: v.ledBy,
          byOtherBody: !!v.proposedInspectionId,
          dates: v.dates,
          visitsInYear: visitsInYearTo(all, agency.id, v.dates.start).length,
        }));
      return {
        on,
        warnFromVisit: agency.kind.burdenThreshold?.warnFromVisit ?? null,
        visitsInYearToDate: visitsInYearTo(all, agency.id, on).length,
        visits,
      };
    },
  }),
}));
