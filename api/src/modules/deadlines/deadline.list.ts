/**
 * One list of everything due and overdue across the system, by owner: worked out here, without
 * the schema, so that the reminder pass reads the same list the page shows.
 */
import { visiblePlansWhere } from '../access/action-plan.access.ts';
import { statusesWithWork, waitingOn, type PlanWork } from '../access/action-plan.moves.ts';
import { once, type Context } from '../../context.ts';
import { termInForceOn } from '../organisations/local-policing-body.rules.ts';
import { actionPlanOwed } from '../ratings/rating.rules.ts';
import { asRated, victimsRatingsSelect } from '../ratings/rating.select.ts';
import { scaled } from '../ratings/rating.reference.ts';
import {
  inWorkOrder,
  workPath,
  type Organisation,
  type OrganisationKind,
  type SubjectType,
} from './work.rules.ts';
import { globalIdOf } from '../shared/ids.ts';
import { startOfDay } from '../shared/calendar.ts';
import { isOverdue } from './deadline.rules.ts';
import { programmePreparer, timingAnswer } from '../programmes/direction.rules.ts';
import { ukDay } from '../shared/calendar.ts';

export type DeadlineKind =
  | 'RECOMMENDATION_RESPONSE'
  | 'URGENT_NOTIFICATION_RESPONSE'
  | 'ACTION_PLAN_OWED'
  | 'ACTION_PLAN_TO_REVIEW'
  | 'ACTION_PLAN_TO_LAY'
  | 'ACTION_PLAN_TO_PUBLISH'
  | 'CONSULTATION_CLOSES'
  | 'PROGRAMME_DIRECTED';

export interface Deadline {
  kind: DeadlineKind;
  title: string;
  owner: string;
  /** The organisation that must act; null when none is on record (a force with no local policing body). */
  ownerOrganisation: Organisation | null;
  agencyName: string;
  dueOn: Date | null;
  /** When the matter arose, for items with no statutory date. */
  since: Date;
  overdue: boolean;
  subjectType: SubjectType;
  subjectId: string;
}

export const ownerTypename: Record<OrganisationKind, string> = {
  AGENCY: 'Agency',
  MINISTER: 'Minister',
  INSPECTORATE: 'Inspectorate',
  LOCAL_POLICING_BODY: 'LocalPolicingBody',
};

/** The stable key of a deadline, by which each reminder of it is made once. */
export const deadlineKey = (deadline: Pick<Deadline, 'kind' | 'subjectId'>) =>
  `${deadline.kind}:${deadline.subjectId}`;

export const deadlinePath = (deadline: Pick<Deadline, 'subjectType' | 'subjectId'>) =>
  workPath(deadline.subjectType, deadline.subjectId);

/** Worked out once per request, however many times a query asks for the list. */
export function collectDeadlines(ctx: Context): Promise<Deadline[]> {
  return once(ctx, 'deadlines', () => workOutDeadlines(ctx));
}

const subject = (type: SubjectType, id: string) => ({
  subjectType: type,
  subjectId: globalIdOf(type, id),
});

/** Plan work everyone's deadlines share; a plan the agency holds is in its own staff's work only. */
const sharedPlanWork: PlanWork[] = [
  'ACTION_PLAN_TO_REVIEW',
  'ACTION_PLAN_TO_LAY',
  'ACTION_PLAN_TO_PUBLISH',
];

export async function workOutDeadlines(ctx: Context): Promise<Deadline[]> {
  const today = startOfDay(ctx.now());
  const [
    responses,
    notifications,
    plans,
    owingCandidates,
    consultations,
    timings,
    agreed,
    preparer,
  ] = await Promise.all([
    ctx.prisma.recommendationResponse.findMany({
      where: { answer: null, recommendation: { withdrawnAt: null } },
      include: {
        agency: { select: { name: true } },
        recommendation: { select: { reportTitle: true, reference: true, publishedOn: true } },
      },
    }),
    ctx.prisma.escalation.findMany({
      where: { kind: 'URGENT_NOTIFICATION', respondedOn: null },
      include: { agency: { include: { kind: { include: { responsibleMinister: true } } } } },
    }),
    ctx.prisma.actionPlan.findMany({
      // Only plans the viewer may see: a plan's title says nothing to another agency's staff.
      where: {
        AND: [{ status: { in: statusesWithWork(sharedPlanWork) } }, visiblePlansWhere(ctx.viewer)],
      },
      include: {
        agency: { include: { localPolicingBodyTerms: { include: { localPolicingBody: true } } } },
        reviewingInspectorate: true,
        responsibleMinister: true,
        events: { orderBy: { at: 'desc' }, take: 1 },
      },
    }),
    ctx.prisma.agency.findMany({
      where: {
        ratings: {
          some: {
            areaCode: 'TREATMENT_OF_VICTIMS',
            withdrawnAt: null,
            grade: { commonGrade: { triggersActionPlan: true } },
          },
        },
        actionPlans: { none: { status: { not: 'CLOSED' } } },
      },
      select: { id: true, name: true, ...victimsRatingsSelect },
    }),
    ctx.prisma.consultation.findMany({
      where: { status: 'OPEN' },
      include: { runBy: true, programme: { select: { title: true } } },
    }),
    // Directions of timing given (all three agreed): each is a deadline until answered.
    ctx.prisma.ministerialDirection.findMany({
      where: {
        kind: 'TIMING',
        givenOn: { not: null },
        programmeBy: { not: null },
        withdrawnAt: null,
      },
    }),
    ctx.prisma.programme.findMany({
      where: { statusChanges: { some: { toStatus: { in: ['AGREED', 'PUBLISHED'] } } } },
      select: {
        startsOn: true,
        endsOn: true,
        statusChanges: {
          where: { toStatus: { in: ['AGREED', 'PUBLISHED'] } },
          select: { changedAt: true },
        },
      },
    }),
    ctx.prisma.inspectorate.findUnique({ where: { shortName: programmePreparer } }),
  ]);
  const items: Deadline[] = [];
  for (const response of responses) {
    items.push({
      kind: 'RECOMMENDATION_RESPONSE',
      title: `Answer recommendation ${response.recommendation.reference} of "${response.recommendation.reportTitle}"`,
      owner: response.agency.name,
      ownerOrganisation: { kind: 'AGENCY', id: response.agencyId },
      agencyName: response.agency.name,
      dueOn: response.dueOn,
      since: response.recommendation.publishedOn,
      overdue: isOverdue(response.dueOn, null, today),
      ...subject('RecommendationResponse', response.id),
    });
  }
  for (const notification of notifications) {
    items.push({
      kind: 'URGENT_NOTIFICATION_RESPONSE',
      title: `Respond publicly to the Urgent Notification on ${notification.agency.name}`,
      owner: notification.agency.kind.responsibleMinister.title,
      ownerOrganisation: { kind: 'MINISTER', id: notification.agency.kind.responsibleMinisterId },
      agencyName: notification.agency.name,
      dueOn: notification.responseDueOn,
      since: notification.issuedOn,
      overdue: isOverdue(notification.responseDueOn, null, today),
      ...subject('Escalation', notification.id),
    });
  }
  for (const plan of plans) {
    const since = plan.events[0]?.at ?? plan.updatedAt;
    const common = {
      agencyName: plan.agency.name,
      dueOn: null,
      since: startOfDay(since),
      overdue: false,
      ...subject('ActionPlan', plan.id),
    };
    // Who acts next comes from the table of moves (action-plan.moves.ts).
    const next = waitingOn(plan.status, plan.agency.kindCode === 'POLICE_FORCE');
    if (!next?.work || next.work === 'ACTION_PLAN_TO_SUBMIT') continue;
    if (next.party === 'REVIEWING_INSPECTORATE') {
      items.push({
        ...common,
        kind: next.work,
        title: `Review "${plan.title}"`,
        owner: plan.reviewingInspectorate.shortName,
        ownerOrganisation: { kind: 'INSPECTORATE', id: plan.reviewingInspectorateId },
      });
    }
    if (next.party === 'RESPONSIBLE_MINISTER') {
      items.push({
        ...common,
        kind: next.work,
        title: `Lay "${plan.title}" before Parliament`,
        owner: plan.responsibleMinister.title,
        ownerOrganisation: { kind: 'MINISTER', id: plan.responsibleMinisterId },
      });
    }
    if (next.party === 'POLICING_BODY') {
      const body = termInForceOn(plan.agency.localPolicingBodyTerms, today)?.localPolicingBody;
      items.push({
        ...common,
        kind: next.work,
        title: `Publish "${plan.title}"`,
        owner: body?.name ?? `${plan.agency.name}'s local policing body`,
        ownerOrganisation: body ? { kind: 'LOCAL_POLICING_BODY', id: body.id } : null,
      });
    }
  }
  const withScale = await scaled(ctx);
  for (const agency of owingCandidates) {
    const owed = actionPlanOwed(
      agency.ratings.map((rating) => asRated(withScale(rating))),
      agency.actionPlans,
    );
    if (owed) {
      items.push({
        kind: 'ACTION_PLAN_OWED',
        title: `Draft an action plan on the treatment of victims`,
        owner: agency.name,
        ownerOrganisation: { kind: 'AGENCY', id: agency.id },
        agencyName: agency.name,
        dueOn: null,
        since: owed.since,
        overdue: false,
        ...subject('Agency', agency.id),
      });
    }
  }
  for (const consultation of consultations) {
    items.push({
      kind: 'CONSULTATION_CLOSES',
      title: `Close the consultation on "${consultation.programme.title}" and say what changed`,
      owner: consultation.runBy.shortName,
      ownerOrganisation: { kind: 'INSPECTORATE', id: consultation.runById },
      agencyName: consultation.runBy.shortName,
      dueOn: consultation.closesOn,
      since: consultation.opensOn,
      overdue: isOverdue(consultation.closesOn, null, today),
      ...subject('Consultation', consultation.id),
    });
  }
  // Each time a programme was agreed or published counts, as in the SQL of deadline.page.ts.
  const programmesAgreed = agreed.flatMap((p) =>
    p.statusChanges.map((change) => ({
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      agreedOn: ukDay(change.changedAt),
    })),
  );
  for (const direction of timings) {
    const programmeBy = direction.programmeBy!;
    if (timingAnswer({ ...direction, programmeBy }, programmesAgreed).answeredOn) continue;
    items.push({
      kind: 'PROGRAMME_DIRECTED',
      title: `Agree the joint inspection programme that direction ${direction.reference} requires`,
      owner: preparer?.shortName ?? programmePreparer,
      ownerOrganisation: preparer ? { kind: 'INSPECTORATE', id: preparer.id } : null,
      agencyName: preparer?.shortName ?? programmePreparer,
      dueOn: programmeBy,
      since: direction.givenOn!,
      overdue: isOverdue(programmeBy, null, today),
      ...subject('MinisterialDirection', direction.id),
    });
  }
  return items.sort(inWorkOrder);
}
