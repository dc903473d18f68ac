/**
 * "My work": what the signed-in person's organisations must do next, from the roles they hold.
 * The deadlines everyone shares (worked out once per request), their agencies' plans in
 * draft, their inspectorates' phases starting soon, and their unread reminders: a fixed number
 * of SQL statements whatever the volume of data.
 */
import { builder } from '../../builder.ts';
import { once, type Context } from '../../context.ts';
import { agenciesEditedBy, inspectoratesLedBy, inspectoratesPlannedBy } from '../access/viewer.ts';
import { statusesWithWork } from '../access/action-plan.moves.ts';
import { phaseWords } from '../programmes/schedule.rules.ts';
import { deadlinePath, type DeadlineKind } from '../deadlines/deadline.list.ts';
import { deadlinesActedOnBy } from '../deadlines/deadline.page.ts';
import { shiftDays, startOfDay } from '../shared/calendar.ts';
import { globalIdOf } from '../shared/ids.ts';
import {
  draftWorkFor,
  inspectoratesActingOnPhase,
  inWorkOrder,
  phaseLookaheadDays,
  workPath,
} from '../deadlines/work.rules.ts';

type WorkItemKind =
  | DeadlineKind
  | 'ACTION_PLAN_TO_DRAFT'
  | 'ACTION_PLAN_TO_SUBMIT'
  | 'PHASE_STARTING'
  | 'GATEKEEPING_DECISION';

interface WorkItem {
  kind: WorkItemKind;
  title: string;
  /** Which of the person's organisations must act. */
  organisationName: string;
  agencyName: string | null;
  dueOn: Date | null;
  since: Date;
  overdue: boolean;
  subjectId: string;
  path: string;
}

const WorkItemKindEnum = builder.enumType('WorkItemKind', {
  values: {
    RECOMMENDATION_RESPONSE: { description: 'Answer a recommendation made to your agency.' },
    URGENT_NOTIFICATION_RESPONSE: {
      description: 'The Secretary of State’s public response to an Urgent Notification.',
    },
    ACTION_PLAN_OWED: { description: 'Your agency owes an action plan and has none under way.' },
    ACTION_PLAN_TO_DRAFT: { description: 'A plan of your agency in draft or returned: finish it.' },
    ACTION_PLAN_TO_SUBMIT: {
      description: 'A plan of your agency in draft or returned: submit it to the inspectorate.',
    },
    ACTION_PLAN_TO_REVIEW: { description: 'A plan submitted to your inspectorate.' },
    ACTION_PLAN_TO_LAY: {
      description: 'An accepted plan for your minister to lay before Parliament.',
    },
    ACTION_PLAN_TO_PUBLISH: {
      description: 'A laid plan of your force for your office to publish.',
    },
    CONSULTATION_CLOSES: {
      description: 'A consultation your inspectorate runs, to close and report on.',
    },
    PROGRAMME_DIRECTED: {
      description: 'A programme the ministers directed your inspectorate to agree by a date.',
    },
    PHASE_STARTING: {
      description: `A phase of your inspectorate’s inspection starting in the next ${phaseLookaheadDays} days.`,
    },
    GATEKEEPING_DECISION: {
      description:
        'Another inspecting body’s proposed inspection of agencies in your remit, for your inspectorate’s lead to decide before its fieldwork starts.',
    },
  } as const,
});

const WorkItemRef = builder.objectRef<WorkItem>('WorkItem').implement({
  description: 'Something one of your organisations must do next.',
  fields: (t) => ({
    kind: t.field({ type: WorkItemKindEnum, resolve: (item) => item.kind }),
    title: t.exposeString('title'),
    organisationName: t.exposeString('organisationName', {
      description: 'Which of your organisations must act.',
    }),
    agencyName: t.exposeString('agencyName', { nullable: true }),
    dueOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The statutory due date, or the day a phase starts.',
      resolve: (item) => item.dueOn,
    }),
    since: t.field({
      type: 'Date',
      description: 'When the matter arose, for items with no date.',
      resolve: (item) => item.since,
    }),
    overdue: t.exposeBoolean('overdue'),
    subjectId: t.exposeID('subjectId', {
      description: 'The global id of the plan, response, escalation, agency or inspection.',
    }),
    path: t.exposeString('path', { description: 'The web page where it is dealt with.' }),
  }),
});

async function workOutWork(ctx: Context): Promise<WorkItem[]> {
  const viewer = ctx.viewer;
  const grants = viewer?.roles ?? [];
  if (!grants.length) return [];
  const today = startOfDay(ctx.now());
  const agencies = [...agenciesEditedBy(viewer)];
  const inspectorates = [...inspectoratesPlannedBy(viewer)];
  // The gatekeeper's decision is its leads' (gatekeeping.mutations.ts), so only theirs.
  const gatekeepers = [...inspectoratesLedBy(viewer)];
  const [deadlines, drafts, phases, proposals] = await Promise.all([
    deadlinesActedOnBy(ctx),
    agencies.length
      ? ctx.prisma.actionPlan.findMany({
          // The statuses in which the table of moves waits on the agency.
          where: {
            status: { in: statusesWithWork(['ACTION_PLAN_TO_SUBMIT']) },
            agencyId: { in: agencies },
          },
          select: {
            id: true,
            title: true,
            status: true,
            agencyId: true,
            updatedAt: true,
            agency: { select: { name: true } },
          },
        })
      : [],
    inspectorates.length
      ? ctx.prisma.inspectionPhase.findMany({
          where: {
            plannedStart: { gte: today, lte: shiftDays(today, phaseLookaheadDays) },
            actualStart: null,
            inspection: {
              status: { in: ['PLANNED', 'IN_PROGRESS'] },
              programme: { status: { not: 'SUPERSEDED' } },
              OR: [
                { leadInspectorateId: { in: inspectorates } },
                { partners: { some: { inspectorateId: { in: inspectorates } } } },
              ],
            },
          },
          select: {
            kind: true,
            plannedStart: true,
            inspection: {
              select: {
                id: true,
                title: true,
                programme: { select: { status: true } },
                leadInspectorate: { select: { id: true, shortName: true } },
                partners: { select: { inspectorate: { select: { id: true, shortName: true } } } },
              },
            },
          },
        })
      : [],
    gatekeepers.length
      ? ctx.prisma.proposedInspection.findMany({
          where: { decision: null, gatekeeperId: { in: gatekeepers } },
          select: {
            id: true,
            title: true,
            proposedOn: true,
            fieldworkStart: true,
            body: { select: { shortName: true } },
            gatekeeper: { select: { shortName: true } },
          },
        })
      : [],
  ]);

  // Only those the viewer's organisations must act on: deadlinesActedOnBy reads no others.
  const items: WorkItem[] = deadlines.map((deadline) => ({
    kind: deadline.kind,
    title: deadline.title,
    organisationName: deadline.owner,
    agencyName: deadline.agencyName,
    dueOn: deadline.dueOn,
    since: deadline.since,
    overdue: deadline.overdue,
    subjectId: deadline.subjectId,
    path: deadlinePath(deadline),
  }));
  for (const plan of drafts) {
    const kind = draftWorkFor(grants, plan.agencyId);
    if (!kind) continue;
    const subjectId = globalIdOf('ActionPlan', plan.id);
    const verb = kind === 'ACTION_PLAN_TO_SUBMIT' ? 'Submit' : 'Finish drafting';
    items.push({
      kind,
      title: `${verb} "${plan.title}"${plan.status === 'RETURNED' ? ' (returned by the inspectorate)' : ''}`,
      organisationName: plan.agency.name,
      agencyName: plan.agency.name,
      dueOn: null,
      since: startOfDay(plan.updatedAt),
      overdue: false,
      subjectId,
      path: workPath('ActionPlan', subjectId),
    });
  }
  for (const phase of phases) {
    const { inspection } = phase;
    const acting = inspectoratesActingOnPhase(inspectorates, {
      kind: phase.kind,
      programmeStatus: inspection.programme.status,
      leadInspectorateId: inspection.leadInspectorate.id,
      partnerIds: inspection.partners.map((partner) => partner.inspectorate.id),
    });
    if (!acting.length) continue;
    const ours = [
      inspection.leadInspectorate,
      ...inspection.partners.map((partner) => partner.inspectorate),
    ].filter((inspectorate) => acting.includes(inspectorate.id));
    const subjectId = globalIdOf('Inspection', inspection.id);
    const words = phaseWords[phase.kind];
    items.push({
      kind: 'PHASE_STARTING',
      title: `${words.charAt(0).toUpperCase()}${words.slice(1)} of "${inspection.title}" starts`,
      organisationName: ours.map((inspectorate) => inspectorate.shortName).join(', '),
      agencyName: null,
      dueOn: phase.plannedStart,
      since: phase.plannedStart,
      overdue: false,
      subjectId,
      path: workPath('Inspection', subjectId),
    });
  }
  for (const proposal of proposals) {
    const subjectId = globalIdOf('ProposedInspection', proposal.id);
    items.push({
      kind: 'GATEKEEPING_DECISION',
      title: `Decide on ${proposal.body.shortName}’s proposed inspection "${proposal.title}"`,
      organisationName: proposal.gatekeeper.shortName,
      agencyName: null,
      // Decided before its fieldwork, or the decision comes too late to spare anyone the burden.
      dueOn: proposal.fieldworkStart,
      since: proposal.proposedOn,
      overdue: proposal.fieldworkStart < today,
      subjectId,
      path: workPath('ProposedInspection', subjectId),
    });
  }
  return items.sort(inWorkOrder);
}

/** Worked out once per request, so that the list and its counts cost one go. */
const workOf = (ctx: Context) => once(ctx, 'myWork', () => workOutWork(ctx));

const MyWorkRef = builder.objectRef<object>('MyWork').implement({
  description: 'What your organisations must do next, and your unread reminders.',
  fields: (t) => ({
    items: t.field({
      type: [WorkItemRef],
      description:
        'Dated items first, soonest (so the overdue) first; then the rest, longest waiting first.',
      resolve: (_work, _args, ctx) => workOf(ctx),
    }),
    count: t.int({
      description: 'How many items.',
      resolve: async (_work, _args, ctx) => (await workOf(ctx)).length,
    }),
    overdueCount: t.int({
      resolve: async (_work, _args, ctx) =>
        (await workOf(ctx)).filter((item) => item.overdue).length,
    }),
    reminders: t.prismaField({
      type: ['Reminder'],
      description: 'Your reminders not yet marked read, newest first.',
      resolve: (query, _work, _args, ctx) =>
        ctx.viewer?.userId
          ? ctx.prisma.reminder.findMany({
              ...query,
              where: { userId: ctx.viewer.userId, readAt: null },
              orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
              take: 100,
            })
          : [],
    }),
  }),
});

builder.queryField('myWork', (t) =>
  t.field({
    type: MyWorkRef,
    authScopes: { signedIn: true },
    description:
      'What the organisations you hold roles in must do next: plans to draft, submit, review, lay or publish, recommendations and Urgent Notifications to answer, phases starting soon.',
    resolve: () => ({}),
  }),
);
