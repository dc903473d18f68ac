/**
 * The annual review in the API: a programme year, planned against done, for every inspection.
 * Staff read it as it stands today; once published, everyone reads it as it was published.
 */
import type { Prisma } from '@cjji/db';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { InvalidStateError, NotFoundError } from '../../errors.ts';
import {
  mayPublishAnnualReview,
  maySeeAnnualReview,
  maySeeLiveAnnualReview,
} from '../access/programme.access.ts';
import { changeVersioned, inMutation, type MutationSteps } from '../shared/mutation.ts';
import { startOfDay } from '../shared/calendar.ts';
import { globalIdOf, idOf } from '../shared/ids.ts';
import { staffName, staffNameNote } from '../shared/staff-names.ts';
import {
  annualReviewEntries,
  entryFromStore,
  isProgrammeYear,
  programmeYear,
  reviewTotals,
  storedEntry,
  type ProgrammeYear,
  type ReviewEntry,
  type StoredReviewEntry,
} from './annual-review.rules.ts';
import { latestBaseline } from './baseline.types.ts';
import { inspectionOrder } from '../programmes/programme.plan.ts';
import { ProgrammeRef } from '../programmes/programme.types.ts';
import { InspectionStatusEnum } from '../inspections/inspection.types.ts';

/** Everything a review is worked out from, in one read (a statement per relation level). */
const reviewSelect = (year: number) =>
  ({
    id: true,
    status: true,
    startsOn: true,
    endsOn: true,
    baselines: latestBaseline,
    inspections: {
      orderBy: inspectionOrder,
      include: {
        phases: true,
        statusChanges: { select: { toStatus: true, changedAt: true } },
      },
    },
    annualReviews: {
      where: { year },
      orderBy: { version: 'desc' },
      select: { id: true, version: true, publishedAt: true, publishedBy: true, entries: true },
    },
  }) satisfies Prisma.ProgrammeSelect;

type ReviewSource = Prisma.ProgrammeGetPayload<{ select: ReturnType<typeof reviewSelect> }>;

interface AnnualReview {
  programmeId: string;
  year: ProgrammeYear;
  startsOn: Date;
  endsOn: Date;
  asPublished: boolean;
  entries: ReviewEntry[];
  publications: Array<{ version: number; publishedAt: Date; publishedBy: string }>;
}

/** The year's figures from the plan and what has been done, as of today in the UK. */
function liveEntries(source: ReviewSource, year: ProgrammeYear, now: Date): ReviewEntry[] {
  const baseline = source.baselines[0];
  return annualReviewEntries(
    programmeYear(source, year),
    source.inspections.map((inspection) => ({
      ...inspection,
      statusChanges: inspection.statusChanges.map((c) => ({
        toStatus: c.toStatus,
        day: startOfDay(c.changedAt),
      })),
    })),
    new Map((baseline?.phases ?? []).map((p) => [p.phaseId, p])),
    startOfDay(now),
  );
}

function reviewOf(
  source: ReviewSource,
  year: ProgrammeYear,
  asPublished: boolean,
  now: Date,
): AnnualReview {
  const range = programmeYear(source, year);
  const latest = source.annualReviews[0];
  return {
    programmeId: source.id,
    year,
    startsOn: range.start,
    endsOn: range.end,
    asPublished,
    entries:
      asPublished && latest
        ? (latest.entries as unknown as StoredReviewEntry[]).map(entryFromStore)
        : liveEntries(source, year, now),
    publications: source.annualReviews.map(({ version, publishedAt, publishedBy }) => ({
      version,
      publishedAt,
      publishedBy,
    })),
  };
}

const ReviewOutcomeEnum = builder.enumType('AnnualReviewOutcome', {
  values: {
    ON_TIME: { description: 'Published on or before the planned day.' },
    LATE: { description: 'Published after the planned day.' },
    OVERDUE: { description: 'Not yet published, and the planned day has passed.' },
    NOT_YET_DUE: { description: 'Not yet published, and not yet due.' },
    CANCELLED: { description: 'Cancelled: see the reason.' },
  } as const,
});

const ReviewEntryRef = builder.objectRef<ReviewEntry>('AnnualReviewEntry').implement({
  description:
    'One inspection, planned against done. Planned dates are the baseline’s (as agreed) where it has one. Days are UK calendar days, late positive.',
  fields: (t) => ({
    inspectionId: t.id({ resolve: (e) => globalIdOf('Inspection', e.inspectionId) }),
    title: t.exposeString('title'),
    status: t.field({ type: InspectionStatusEnum, resolve: (e) => e.status }),
    plannedAsAgreed: t.exposeBoolean('plannedAsAgreed'),
    plannedStart: t.field({ type: 'Date', resolve: (e) => e.plannedStart }),
    startedOn: t.field({ type: 'Date', nullable: true, resolve: (e) => e.startedOn }),
    startDaysLate: t.int({ nullable: true, resolve: (e) => e.startDaysLate }),
    plannedReport: t.field({ type: 'Date', nullable: true, resolve: (e) => e.plannedReport }),
    reportedOn: t.field({ type: 'Date', nullable: true, resolve: (e) => e.reportedOn }),
    reportDaysLate: t.int({ nullable: true, resolve: (e) => e.reportDaysLate }),
    plannedPublication: t.field({
      type: 'Date',
      nullable: true,
      resolve: (e) => e.plannedPublication,
    }),
    publishedOn: t.field({ type: 'Date', nullable: true, resolve: (e) => e.publishedOn }),
    publicationDaysLate: t.int({ nullable: true, resolve: (e) => e.publicationDaysLate }),
    outcome: t.field({ type: ReviewOutcomeEnum, resolve: (e) => e.outcome }),
    outcomeDays: t.int({
      nullable: true,
      description: 'Days late (LATE) or overdue so far (OVERDUE).',
      resolve: (e) => e.outcomeDays,
    }),
    cancellationReason: t.string({ nullable: true, resolve: (e) => e.cancellationReason }),
  }),
});

const ReviewTotalsRef = builder
  .objectRef<ReturnType<typeof reviewTotals>>('AnnualReviewTotals')
  .implement({
    fields: (t) => ({
      planned: t.exposeInt('planned'),
      started: t.exposeInt('started'),
      published: t.exposeInt('published'),
      onTime: t.exposeInt('onTime'),
      late: t.exposeInt('late'),
      overdue: t.exposeInt('overdue'),
      notYetDue: t.exposeInt('notYetDue'),
      cancelled: t.exposeInt('cancelled'),
    }),
  });

const PublicationRef = builder
  .objectRef<AnnualReview['publications'][number]>('AnnualReviewPublication')
  .implement({
    fields: (t) => ({
      version: t.exposeInt('version'),
      publishedAt: t.field({ type: 'DateTime', resolve: (p) => p.publishedAt }),
      publishedBy: t.string({
        nullable: true,
        description: staffNameNote,
        resolve: (p, _args, ctx) => staffName(p.publishedBy, ctx),
      }),
    }),
  });

const AnnualReviewRef = builder.objectRef<AnnualReview>('AnnualReview').implement({
  description:
    'A programme year reviewed: planned against done for every inspection planned in it.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '1 or 2, counted from the programme’s start.' }),
    startsOn: t.field({ type: 'Date', resolve: (r) => r.startsOn }),
    endsOn: t.field({ type: 'Date', resolve: (r) => r.endsOn }),
    programme: t.prismaField({
      type: ProgrammeRef,
      resolve: (query, review, _args, ctx) =>
        ctx.prisma.programme.findUniqueOrThrow({ ...query, where: { id: review.programmeId } }),
    }),
    asPublished: t.exposeBoolean('asPublished', {
      description: 'The figures as last published; otherwise as they stand today (staff only).',
    }),
    entries: t.field({ type: [ReviewEntryRef], resolve: (r) => r.entries }),
    totals: t.field({ type: ReviewTotalsRef, resolve: (r) => reviewTotals(r.entries) }),
    publishedVersion: t.int({
      description: 'The latest publication’s version; 0 before the first. Send it to publish.',
      resolve: (r) => r.publications[0]?.version ?? 0,
    }),
    publications: t.field({
      type: [PublicationRef],
      description: 'Each publication, latest first.',
      resolve: (r) => r.publications,
    }),
    viewerCan: t.field({
      type: builder.objectRef<{ publish: boolean }>('AnnualReviewViewerCan').implement({
        fields: (f) => ({
          publish: f.exposeBoolean('publish', {
            description:
              'publishAnnualReview: inspectorate planners, leads and administrators, once the programme is published.',
          }),
        }),
      }),
      resolve: async (review, _args, ctx) => ({
        publish:
          mayPublishAnnualReview(ctx.viewer) &&
          reviewPublishable((await programmeStatus(ctx, review.programmeId)) ?? 'DRAFT'),
      }),
    }),
  }),
});

const programmeStatus = async (ctx: Context, id: string) =>
  (await ctx.prisma.programme.findUnique({ where: { id }, select: { status: true } }))?.status;

/** A review is published with its programme: not of a plan the public cannot yet read. */
const reviewPublishable = (status: string) => status === 'PUBLISHED' || status === 'SUPERSEDED';

const yearArg = z.number().int().min(1, 'Choose year 1 or year 2.').max(2, 'Choose year 1 or 2.');

builder.queryField('annualReview', (t) =>
  t.field({
    type: AnnualReviewRef,
    description:
      'A programme year’s review. Staff read it as it stands today, or as published; everyone else only once published.',
    args: {
      programmeId: t.arg.id({ required: true }),
      year: t.arg.int({ required: true }),
      asPublished: t.arg.boolean({ required: false, defaultValue: false }),
    },
    resolve: async (_root, args, ctx) => {
      const id = idOf('Programme', args.programmeId, ['programmeId']);
      const source = isProgrammeYear(args.year)
        ? await ctx.prisma.programme.findUnique({ where: { id }, select: reviewSelect(args.year) })
        : null;
      const published = !!source?.annualReviews.length;
      // A review hidden from the viewer is answered exactly as a missing one.
      if (!source || !maySeeAnnualReview(ctx.viewer, source.status, published))
        throw new NotFoundError('annual review', `${args.programmeId}/${args.year}`);
      const asPublished = !!args.asPublished || !maySeeLiveAnnualReview(ctx.viewer);
      if (asPublished && !published)
        throw new NotFoundError('annual review', `${args.programmeId}/${args.year}`);
      return reviewOf(source, args.year as ProgrammeYear, asPublished, ctx.now());
    },
  }),
);

const PublishAnnualReviewInput = builder.inputType('PublishAnnualReviewInput', {
  fields: (t) => ({
    programmeId: t.id({ required: true }),
    year: t.int({ required: true, validate: yearArg }),
    expectedVersion: t.int({
      required: true,
      description: 'The review’s publishedVersion when read: 0 for a first publication.',
    }),
  }),
});

/** Publishes a new version of a year's review: versions are kept, each frozen as published. */
async function publish(
  steps: MutationSteps,
  ctx: Context,
  input: { programmeId: string; year: number; expectedVersion: number },
) {
  const id = idOf('Programme', input.programmeId, ['input', 'programmeId']);
  const year = input.year as ProgrammeYear;
  let entries: ReturnType<typeof storedEntry>[] = [];
  await changeVersioned(steps, {
    what: 'annual review',
    entityType: 'AnnualReview',
    id: `${id}/${year}`,
    globalId: input.programmeId,
    expectedVersion: input.expectedVersion,
    // A review not yet published is at version 0.
    read: async (tx) => {
      const source = await tx.programme.findUnique({ where: { id }, select: reviewSelect(year) });
      return source && { ...source, version: source.annualReviews[0]?.version ?? 0 };
    },
    rules: (source) => {
      if (!reviewPublishable(source.status))
        throw new InvalidStateError(
          'Publish the programme first: its annual review is published after the programme itself.',
        );
    },
    // The next version's key is unique: of two people publishing at once, the second writes
    // nothing and is told.
    write: (tx, source) => {
      entries = liveEntries(source, year, ctx.now()).map(storedEntry);
      return tx.annualReview.createMany({
        data: [
          {
            programmeId: id,
            year,
            version: source.version + 1,
            publishedBy: ctx.actor,
            entries: entries as unknown as Prisma.InputJsonValue,
          },
        ],
        skipDuplicates: true,
      });
    },
    audited: (source) => ({
      before: { version: source.version },
      after: { version: source.version + 1, inspections: entries.length },
    }),
  });
  return id;
}

builder.mutationField('publishAnnualReview', (t) =>
  t.field({
    type: AnnualReviewRef,
    description:
      'Publishes a programme year’s review as it stands today, as a new version the public can read.',
    errors: {},
    authScopes: { inspectorateStaff: true },
    args: { input: t.arg({ type: PublishAnnualReviewInput, required: true }) },
    resolve: async (_root, { input }, ctx, info) => {
      const id = await inMutation(ctx, info, (steps) => publish(steps, ctx, input));
      const source = await ctx.prisma.programme.findUniqueOrThrow({
        where: { id },
        select: reviewSelect(input.year),
      });
      return reviewOf(source, input.year as ProgrammeYear, true, ctx.now());
    },
  }),
);

const ReviewYearRef = builder
  .objectRef<{ year: ProgrammeYear; publishedVersion: number }>('AnnualReviewYear')
  .implement({
    fields: (t) => ({
      year: t.exposeInt('year'),
      publishedVersion: t.exposeInt('publishedVersion', { description: '0 if not yet published.' }),
    }),
  });

builder.prismaObjectFields('Programme', (t) => ({
  annualReviews: t.field({
    type: [ReviewYearRef],
    description:
      'The programme’s two years and whether each review is published: staff see both, everyone else the published ones.',
    select: { annualReviews: { select: { year: true, version: true } } },
    resolve: (programme, _args, ctx) =>
      ([1, 2] as const)
        .map((year) => ({
          year,
          publishedVersion: Math.max(
            0,
            ...programme.annualReviews.filter((r) => r.year === year).map((r) => r.version),
          ),
        }))
        .filter((r) => r.publishedVersion > 0 || maySeeLiveAnnualReview(ctx.viewer)),
  }),
}));
