import type { AgencyKindCode } from '@cjji/db';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { InvalidInputError, NotFoundError, type FieldIssue } from '../../errors.ts';
import { AgencyKindCodeEnum } from '../organisations/agency-kind.types.ts';
import type { Transaction } from '../shared/audit.ts';
import { changeVersioned, inMutation } from '../shared/mutation.ts';
import { idOf, selectionOf } from '../shared/ids.ts';
import { assertScheduleEditable, assertStructureEditable } from '../programmes/programme.rules.ts';
import { phaseOrder } from '../programmes/schedule.rules.ts';
import { keepEarlierDates } from './phase-history.ts';
import {
  assertInspectionMove,
  assertInspectionShape,
  assertPhaseDates,
  judicialScopeIssues,
  judicialScopeMentions,
  phaseDateIssues,
  scopeFunctionIssues,
} from './inspection.rules.ts';

const phaseWords: Record<(typeof phaseOrder)[number], string> = {
  SCOPING: 'Scoping',
  FIELDWORK: 'Fieldwork',
  REPORTING: 'Reporting',
  PUBLICATION: 'Publication',
};
import {
  InspectionKindEnum,
  InspectionRef,
  InspectionStatusEnum,
  PhaseKindEnum,
} from './inspection.types.ts';

const PhaseDatesInput = builder.inputType('PhaseDatesInput', {
  fields: (t) => ({
    kind: t.field({ type: PhaseKindEnum, required: true }),
    plannedStart: t.field({ type: 'Date', required: true }),
    plannedEnd: t.field({ type: 'Date', required: true }),
  }),
});

const text = (min: number, max: number, what: string) =>
  z.string().trim().min(min, `Give ${what}.`).max(max, `Keep ${what} to ${max} characters.`);

/** What a planner sets about an inspection; replaced whole when it is edited. */
type SchemaTypes =
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;
const inspectionFields = (t: PothosSchemaTypes.InputFieldBuilder<SchemaTypes, 'InputObject'>) => ({
  title: t.string({ required: true, validate: text(3, 200, 'a title') }),
  kind: t.field({ type: InspectionKindEnum, required: true }),
  victimsThematic: t.boolean({ required: true }),
  theme: t.string({ required: true, validate: text(3, 200, 'the theme') }),
  scopeStatement: t.string({
    required: true,
    validate: text(10, 5000, 'a scope statement of at least 10 characters'),
  }),
  leadInspectorateId: t.id({ required: true }),
  partnerInspectorateIds: t.idList({
    required: true,
    validate: z.array(z.string()).max(3, 'An inspection has at most three partner inspectorates.'),
  }),
  agencyKindsInScope: t.field({
    type: [AgencyKindCodeEnum],
    required: true,
    validate: z.array(z.string()).max(20, 'Name each kind of agency once.'),
  }),
  scopeFunctionIds: t.idList({
    required: false,
    description: 'The functions of the kinds in scope it looks at (ScopeFunction ids).',
    validate: z.array(z.string()).max(100, 'Choose at most 100 functions.'),
  }),
  administrationOnlyStatement: t.string({
    required: false,
    description:
      'Needed when the judicial-exclusion check flags the scope: how it concerns administration only.',
    validate: z.string().trim().max(2000, 'Keep the statement to 2000 characters.'),
  }),
  localityIds: t.idList({
    required: true,
    description: 'The agencies it visits in the field.',
    validate: z.array(z.string()).max(200, 'An inspection visits at most 200 localities.'),
  }),
});

const AddInspectionInput = builder.inputType('AddInspectionInput', {
  fields: (t) => ({
    programmeId: t.id({ required: true }),
    ...inspectionFields(t),
    phases: t.field({
      type: [PhaseDatesInput],
      required: true,
      description: 'Scoping, fieldwork, reporting and publication, each once.',
      validate: z
        .array(z.any())
        .max(4, 'An inspection has four phases: scoping, fieldwork, reporting and publication.'),
    }),
  }),
});

const UpdateInspectionInput = builder.inputType('UpdateInspectionInput', {
  fields: (t) => ({
    inspectionId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    ...inspectionFields(t),
  }),
});

type DetailsInput = {
  title: string;
  kind: 'JOINT_THEMATIC' | 'CORE';
  victimsThematic: boolean;
  theme: string;
  scopeStatement: string;
  leadInspectorateId: string;
  partnerInspectorateIds: readonly string[];
  agencyKindsInScope: readonly AgencyKindCode[];
  localityIds: readonly string[];
  scopeFunctionIds?: readonly string[] | null;
  administrationOnlyStatement?: string | null;
};

/** Checks an inspection's details against the rules and resolves its ids; throws every problem found. */
async function checkedDetails(
  ctx: Context,
  input: DetailsInput,
  /** The functions the inspection has now: one since retired may stay, not be newly chosen. */
  keptFunctionIds: readonly string[] = [],
) {
  const issues: FieldIssue[] = [];
  const collect = (check: () => void) => {
    try {
      check();
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      issues.push(...error.issues);
    }
  };
  const judicialFields = [
    { field: ['input', 'title'], text: input.title },
    { field: ['input', 'theme'], text: input.theme },
    { field: ['input', 'scopeStatement'], text: input.scopeStatement },
  ];
  issues.push(...judicialScopeIssues(judicialFields, input.administrationOnlyStatement));
  // Kept only while the check flags the scope, so the lead reads statements that still matter.
  const administrationOnlyStatement = judicialScopeMentions(judicialFields).length
    ? (input.administrationOnlyStatement?.trim() ?? null)
    : null;
  const scopeFunctionIds = [
    ...new Set(
      (input.scopeFunctionIds ?? []).map((id) =>
        idOf('ScopeFunction', id, ['input', 'scopeFunctionIds']),
      ),
    ),
  ];
  const leadInspectorateId = idOf('Inspectorate', input.leadInspectorateId, [
    'input',
    'leadInspectorateId',
  ]);
  const partnerInspectorateIds = [
    ...new Set(
      input.partnerInspectorateIds.map((id) =>
        idOf('Inspectorate', id, ['input', 'partnerInspectorateIds']),
      ),
    ),
  ];
  const localityIds = [
    ...new Set(input.localityIds.map((id) => idOf('Agency', id, ['input', 'localityIds']))),
  ];
  const [inspectorates, localities, functions] = await Promise.all([
    ctx.prisma.inspectorate.findMany({
      where: { id: { in: [leadInspectorateId, ...partnerInspectorateIds] } },
      select: { id: true },
    }),
    ctx.prisma.agency.findMany({
      where: { id: { in: localityIds } },
      select: { id: true, name: true, kindCode: true },
    }),
    ctx.prisma.scopeFunction.findMany({
      where: { id: { in: scopeFunctionIds } },
      select: { id: true, name: true, agencyKindCode: true, retiredOn: true, agencyKind: true },
    }),
  ]);
  const known = issues.length;
  if (!inspectorates.some((i) => i.id === leadInspectorateId))
    issues.push({
      field: ['input', 'leadInspectorateId'],
      message: 'The lead inspectorate is not known.',
    });
  if (partnerInspectorateIds.some((id) => !inspectorates.some((i) => i.id === id)))
    issues.push({
      field: ['input', 'partnerInspectorateIds'],
      message: 'One of the partner inspectorates is not known.',
    });
  if (localities.length !== localityIds.length)
    issues.push({
      field: ['input', 'localityIds'],
      message: 'One of the localities is not a known agency.',
    });
  if (functions.length !== scopeFunctionIds.length)
    issues.push({
      field: ['input', 'scopeFunctionIds'],
      message: 'One of the functions is not on the list.',
    });
  const kindsInScope = [...new Set(input.agencyKindsInScope)];

  // The shape is judged only on what is known: an unknown id has already been named.
  if (issues.length === known)
    collect(() =>
      assertInspectionShape({
        kind: input.kind,
        victimsThematic: input.victimsThematic,
        leadInspectorateId,
        partnerInspectorateIds,
        kindsInScope,
        localities: localities.map((l) => ({ id: l.id, kind: l.kindCode, name: l.name })),
      }),
    );
  issues.push(
    ...scopeFunctionIssues(
      kindsInScope,
      functions.map((fn) => ({
        name: fn.name,
        agencyKindCode: fn.agencyKindCode,
        kindName: fn.agencyKind.name,
        // Kept on an inspection that already had it; refused only as a new choice elsewhere.
        retired: fn.retiredOn !== null && !keptFunctionIds.includes(fn.id),
      })),
    ),
  );
  if (issues.length) throw new InvalidInputError(issues);
  return {
    data: {
      title: input.title.trim(),
      kind: input.kind,
      victimsThematic: input.victimsThematic,
      theme: input.theme.trim(),
      scopeStatement: input.scopeStatement.trim(),
      administrationOnlyStatement,
      leadInspectorateId,
    },
    scopeFunctionIds,
    partnerInspectorateIds,
    kindsInScope,
    localityIds,
  };
}

async function programmeOf(tx: Transaction, programmeId: string, globalId: string) {
  const programme = await tx.programme.findUnique({
    where: { id: programmeId },
    select: { id: true, status: true },
  });
  if (!programme) throw new NotFoundError('programme', globalId);
  return programme;
}

builder.mutationField('addInspection', (t) =>
  t.prismaField({
    type: InspectionRef,
    description: 'Adds an inspection, with its four phases, to a draft programme.',
    errors: {},
    authScopes: (_root, { input }) => ({ plannerFor: input.leadInspectorateId }),
    args: { input: t.arg({ type: AddInspectionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const programmeId = idOf('Programme', input.programmeId, ['input', 'programmeId']);
      // Every problem with the whole input at once: the details, then each phase by its kind.
      const issues: FieldIssue[] = [];
      const details = await checkedDetails(ctx, input).catch((error: unknown) => {
        if (!(error instanceof InvalidInputError)) throw error;
        issues.push(...error.issues);
        return undefined;
      });
      const kinds = input.phases.map((phase) => phase.kind);
      if (kinds.length !== phaseOrder.length || phaseOrder.some((kind) => !kinds.includes(kind)))
        issues.push({
          field: ['input', 'phases'],
          message: 'Give dates for each phase once: scoping, fieldwork, reporting and publication.',
        });
      for (const phase of input.phases)
        issues.push(
          ...phaseDateIssues(phase, ['input', 'phases', phase.kind], phaseWords[phase.kind]),
        );
      if (issues.length || !details) throw new InvalidInputError(issues);
      const id = await inMutation(ctx, info, async ({ tx, audit }) => {
        assertStructureEditable((await programmeOf(tx, programmeId, input.programmeId)).status);
        const inspection = await tx.inspection.create({
          data: {
            ...details.data,
            programmeId,
            partners: {
              create: details.partnerInspectorateIds.map((inspectorateId) => ({ inspectorateId })),
            },
            kindsInScope: {
              create: details.kindsInScope.map((agencyKindCode) => ({ agencyKindCode })),
            },
            functionsInScope: {
              create: details.scopeFunctionIds.map((scopeFunctionId) => ({ scopeFunctionId })),
            },
            localities: { create: details.localityIds.map((agencyId) => ({ agencyId })) },
            phases: {
              create: input.phases.map((phase) => ({
                kind: phase.kind,
                plannedStart: phase.plannedStart,
                plannedEnd: phase.plannedEnd,
              })),
            },
            statusChanges: { create: { toStatus: 'PLANNED', changedBy: ctx.actor } },
          },
        });
        await audit('Inspection', inspection.id, {
          after: { ...inspection, ...details, phases: input.phases },
        });
        return inspection.id;
      });
      return ctx.prisma.inspection.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

/** The inspection a change is made to, as changeVersioned names it. */
const inspectionRecord = (
  id: string,
  input: { inspectionId: string; expectedVersion: number },
) => ({
  what: 'inspection',
  entityType: 'Inspection',
  id,
  globalId: input.inspectionId,
  expectedVersion: input.expectedVersion,
});

/** The phase a change is made to, as changeVersioned names it. */
const phaseRecord = (id: string, input: { phaseId: string; expectedVersion: number }) => ({
  what: 'phase',
  entityType: 'InspectionPhase',
  id,
  globalId: input.phaseId,
  expectedVersion: input.expectedVersion,
});

builder.mutationField('updateInspection', (t) =>
  t.prismaField({
    type: InspectionRef,
    description:
      'Changes what an inspection covers, who leads it and where it goes, in a draft programme.',
    errors: {},
    authScopes: (_root, { input }) => ({ plannerOfInspection: input.inspectionId }),
    args: { input: t.arg({ type: UpdateInspectionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('Inspection', input.inspectionId, ['input', 'inspectionId']);
      const kept = await ctx.prisma.inspectionScopeFunction.findMany({
        where: { inspectionId: id },
        select: { scopeFunctionId: true },
      });
      const details = await checkedDetails(
        ctx,
        input,
        kept.map((chosen) => chosen.scopeFunctionId),
      );
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          ...inspectionRecord(id, input),
          read: (tx) =>
            tx.inspection.findUnique({
              where: { id },
              include: {
                partners: true,
                kindsInScope: true,
                functionsInScope: true,
                localities: true,
                programme: { select: { status: true } },
              },
            }),
          rules: (before) => assertStructureEditable(before.programme.status),
          write: (tx, before) =>
            tx.inspection.updateMany({
              where: { id, version: before.version },
              data: { ...details.data, version: { increment: 1 } },
            }),
          alsoWrite: async (tx) => {
            await tx.inspectionPartner.deleteMany({ where: { inspectionId: id } });
            await tx.inspectionPartner.createMany({
              data: details.partnerInspectorateIds.map((inspectorateId) => ({
                inspectionId: id,
                inspectorateId,
              })),
            });
            await tx.inspectionScopeKind.deleteMany({ where: { inspectionId: id } });
            await tx.inspectionScopeKind.createMany({
              data: details.kindsInScope.map((agencyKindCode) => ({
                inspectionId: id,
                agencyKindCode,
              })),
            });
            await tx.inspectionScopeFunction.deleteMany({ where: { inspectionId: id } });
            await tx.inspectionScopeFunction.createMany({
              data: details.scopeFunctionIds.map((scopeFunctionId) => ({
                inspectionId: id,
                scopeFunctionId,
              })),
            });
            await tx.inspectionLocality.deleteMany({ where: { inspectionId: id } });
            await tx.inspectionLocality.createMany({
              data: details.localityIds.map((agencyId) => ({ inspectionId: id, agencyId })),
            });
          },
          audited: (before) => ({ before, after: details }),
        }),
      );
      return ctx.prisma.inspection.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const ReschedulePhaseInput = builder.inputType('ReschedulePhaseInput', {
  fields: (t) => ({
    phaseId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    plannedStart: t.field({ type: 'Date', required: true }),
    plannedEnd: t.field({ type: 'Date', required: true }),
    actualStart: t.field({ type: 'Date', required: false }),
    actualEnd: t.field({ type: 'Date', required: false }),
    reason: t.string({ required: false, validate: z.string().trim().max(2000) }),
  }),
});

builder.mutationField('reschedulePhase', (t) =>
  t.prismaField({
    type: 'InspectionPhase',
    description:
      'Changes a phase’s planned or actual dates, keeping the earlier dates in its history. Read the programme’s warnings to see clashes it causes.',
    errors: {},
    authScopes: (_root, { input }) => ({ plannerOfPhase: input.phaseId }),
    args: { input: t.arg({ type: ReschedulePhaseInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('InspectionPhase', input.phaseId, ['input', 'phaseId']);
      const dates = {
        plannedStart: input.plannedStart,
        plannedEnd: input.plannedEnd,
        actualStart: input.actualStart ?? null,
        actualEnd: input.actualEnd ?? null,
      };
      assertPhaseDates(dates);
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          ...phaseRecord(id, input),
          read: (tx) =>
            tx.inspectionPhase.findUnique({
              where: { id },
              include: {
                inspection: { select: { status: true, programme: { select: { status: true } } } },
              },
            }),
          rules: (before) => assertScheduleEditable(before.inspection.programme.status),
          write: (tx, before) =>
            tx.inspectionPhase.updateMany({
              where: { id, version: before.version },
              data: { ...dates, version: { increment: 1 } },
            }),
          alsoWrite: (tx, before) =>
            keepEarlierDates(tx, before, ctx.actor, input.reason?.trim() || null),
          audited: (before) => ({ before, after: dates }),
        }),
      );
      return ctx.prisma.inspectionPhase.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const StaffingInput = builder.inputType('PhaseStaffingInput', {
  fields: (t) => ({
    inspectorateId: t.id({ required: true }),
    inspectorWeeks: t.float({
      required: true,
      validate: z.number().min(0, 'Inspector-weeks cannot be negative.').max(1000),
    }),
  }),
});

const SetPhaseStaffingInput = builder.inputType('SetPhaseStaffingInput', {
  fields: (t) => ({
    phaseId: t.id({ required: true }),
    /** The phase's staffingVersion the form was made from. */
    expectedVersion: t.int({
      required: true,
      description: 'The phase’s staffingVersion when the staffing was read.',
    }),
    staffing: t.field({
      type: [StaffingInput],
      required: true,
      description: 'Replaces the phase’s staffing.',
      validate: z.array(z.any()).max(4, 'Staff a phase from at most the four inspectorates.'),
    }),
  }),
});

builder.mutationField('setPhaseStaffing', (t) =>
  t.prismaField({
    type: 'InspectionPhase',
    description:
      'Sets the inspector-weeks each inspectorate puts into a phase, weighed against its quarterly capacity.',
    errors: {},
    authScopes: (_root, { input }) => ({ plannerOfPhase: input.phaseId }),
    args: { input: t.arg({ type: SetPhaseStaffingInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('InspectionPhase', input.phaseId, ['input', 'phaseId']);
      const staffing = input.staffing.map((s) => ({
        inspectorateId: idOf('Inspectorate', s.inspectorateId, ['input', 'staffing']),
        inspectorWeeks: s.inspectorWeeks,
      }));
      if (new Set(staffing.map((s) => s.inspectorateId)).size !== staffing.length)
        throw new InvalidInputError(['input', 'staffing'], 'Give each inspectorate once.');
      const weeks = (rows: Array<{ inspectorateId: string; inspectorWeeks: unknown }>) =>
        rows.map((row) => ({
          inspectorateId: row.inspectorateId,
          inspectorWeeks: Number(row.inspectorWeeks),
        }));
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          ...phaseRecord(id, input),
          what: 'phase’s staffing',
          // Staffing has a version of its own, so that it and the dates can be edited apart.
          versionedBy: 'setPhaseStaffing',
          read: async (tx) => {
            const phase = await tx.inspectionPhase.findUnique({
              where: { id },
              include: {
                staffing: true,
                inspection: { select: { programme: { select: { status: true } } } },
              },
            });
            return phase && { ...phase, version: phase.staffingVersion };
          },
          inputIssues: async () =>
            (await steps.tx.inspectorate.count({
              where: { id: { in: staffing.map((s) => s.inspectorateId) } },
            })) === staffing.length
              ? []
              : [
                  {
                    field: ['input', 'staffing'],
                    message: 'One of the inspectorates is not known.',
                  },
                ],
          rules: (phase) => assertScheduleEditable(phase.inspection.programme.status),
          // Staffing is replaced whole. The write is conditional on the version read, so of two
          // people saving at once the second waits for the first and then writes nothing,
          // rather than leaving a mixture of both.
          write: (tx, phase) =>
            tx.inspectionPhase.updateMany({
              where: { id, staffingVersion: phase.version },
              data: { staffingVersion: { increment: 1 } },
            }),
          alsoWrite: async (tx) => {
            await tx.phaseStaffing.deleteMany({ where: { phaseId: id } });
            await tx.phaseStaffing.createMany({
              data: staffing.map((s) => ({ phaseId: id, ...s })),
            });
          },
          // One field, so that a stale edit is told "staffing" changed, not row numbers.
          audited: (phase) => ({
            before: { staffing: weeks(phase.staffing) },
            after: { staffing: weeks(staffing) },
          }),
        }),
      );
      return ctx.prisma.inspectionPhase.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);

const ChangeInspectionStatusInput = builder.inputType('ChangeInspectionStatusInput', {
  fields: (t) => ({
    inspectionId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    status: t.field({ type: InspectionStatusEnum, required: true }),
    reason: t.string({ required: false, validate: z.string().trim().max(2000) }),
  }),
});

builder.mutationField('changeInspectionStatus', (t) =>
  t.prismaField({
    type: InspectionRef,
    description:
      'Starts, publishes or cancels an inspection. Cancelling needs a reason and keeps the inspection and its history.',
    errors: {},
    authScopes: (_root, { input }) => ({ plannerOfInspection: input.inspectionId }),
    args: { input: t.arg({ type: ChangeInspectionStatusInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      const id = idOf('Inspection', input.inspectionId, ['input', 'inspectionId']);
      const reason = input.reason?.trim() || null;
      await inMutation(ctx, info, (steps) =>
        changeVersioned(steps, {
          ...inspectionRecord(id, input),
          read: (tx) =>
            tx.inspection.findUnique({
              where: { id },
              include: { programme: { select: { status: true } } },
            }),
          rules: (before) => {
            assertScheduleEditable(before.programme.status);
            assertInspectionMove(before.status, input.status, input.reason);
          },
          write: (tx, before) =>
            tx.inspection.updateMany({
              where: { id, version: before.version },
              data: {
                status: input.status,
                version: { increment: 1 },
                ...(input.status === 'CANCELLED' ? { cancellationReason: reason } : {}),
              },
            }),
          alsoWrite: async (tx, before) => {
            await tx.inspectionStatusChange.create({
              data: {
                inspectionId: id,
                fromStatus: before.status,
                toStatus: input.status,
                changedBy: ctx.actor,
                reason,
              },
            });
          },
          audited: (before) => ({
            before: { status: before.status },
            after: { status: input.status, reason },
          }),
        }),
      );
      return ctx.prisma.inspection.findUniqueOrThrow({ ...selectionOf(query), where: { id } });
    },
  }),
);
