/**
 * From which visit in a rolling 12 months planning warns of the burden on an agency, per kind of
 * agency: reference data an administrator changes from the web, versioned and audited. A change
 * stands over the reference file's figure (the loader leaves a row whose source is cleared).
 */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { mayKeepGatekeepingReference } from '../access/gatekeeping.access.ts';
import { AgencyKindCodeEnum } from '../organisations/agency-kind.types.ts';
import { inMutation, setVersioned } from '../shared/mutation.ts';

builder.prismaObject('InspectionBurdenThreshold', {
  description: 'From which visit in 12 months planning warns, for one kind of agency.',
  fields: (t) => ({
    agencyKindCode: t.expose('agencyKindCode', { type: AgencyKindCodeEnum }),
    agencyKind: t.relation('agencyKind'),
    warnFromVisit: t.exposeInt('warnFromVisit'),
    version: t.exposeInt('version'),
    fromReferenceFile: t.boolean({
      description: 'Whether the figure is the reference file’s, not an administrator’s.',
      select: { sourceKey: true },
      resolve: (row) => !!row.sourceKey,
    }),
  }),
});

builder.queryField('inspectionBurdenThresholds', (t) =>
  t.prismaField({
    type: ['InspectionBurdenThreshold'],
    description: 'The burden warning number of each kind of agency, in the kinds’ order.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.inspectionBurdenThreshold.findMany({
        ...query,
        orderBy: { agencyKind: { sortOrder: 'asc' } },
      }),
  }),
);

builder.queryField('viewerCanChangeBurdenThresholds', (t) =>
  t.boolean({ resolve: (_root, _args, ctx) => mayKeepGatekeepingReference(ctx.viewer) }),
);

const BurdenThresholdInput = builder.inputType('BurdenThresholdInput', {
  fields: (t) => ({
    agencyKind: t.field({ type: AgencyKindCodeEnum, required: true }),
    warnFromVisit: t.int({
      required: true,
      validate: z
        .number()
        .int('Give a whole number')
        .min(2, 'Give a number of visits of 2 or more')
        .max(52, 'Give a number of visits of 52 or fewer'),
    }),
    expectedVersion: t.int({
      required: true,
      description: 'The figure’s version when read; 0 when the kind had none.',
    }),
  }),
});

const SetBurdenThresholdsInput = builder.inputType('SetBurdenThresholdsInput', {
  fields: (t) => ({
    thresholds: t.field({
      type: [BurdenThresholdInput],
      required: true,
      validate: z.array(z.any()).min(1).max(20),
    }),
  }),
});

builder.mutationField('setBurdenThresholds', (t) =>
  t.prismaField({
    type: ['InspectionBurdenThreshold'],
    description: 'Sets the burden warning numbers of kinds of agency (administrators).',
    errors: {},
    authScopes: { administrator: true },
    args: { input: t.arg({ type: SetBurdenThresholdsInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      await inMutation(ctx, info, async (steps) => {
        for (const row of input.thresholds) {
          const where = { agencyKindCode: row.agencyKind };
          const current = await steps.tx.inspectionBurdenThreshold.findUnique({ where });
          // Unchanged figures are left as they are (and keep the reference file as their source).
          if (current && current.warnFromVisit === row.warnFromVisit) continue;
          await setVersioned(steps, {
            what: 'burden warning',
            entityType: 'InspectionBurdenThreshold',
            id: row.agencyKind,
            expectedVersion: row.expectedVersion,
            read: (tx) => tx.inspectionBurdenThreshold.findUnique({ where }),
            update: (tx, before) =>
              tx.inspectionBurdenThreshold.updateMany({
                where: { ...where, version: before.version },
                data: {
                  warnFromVisit: row.warnFromVisit,
                  sourceKey: null,
                  version: { increment: 1 },
                },
              }),
            create: (tx) =>
              tx.inspectionBurdenThreshold.createMany({
                data: [{ agencyKindCode: row.agencyKind, warnFromVisit: row.warnFromVisit }],
                skipDuplicates: true,
              }),
          });
        }
      });
      return ctx.prisma.inspectionBurdenThreshold.findMany({
        ...query,
        orderBy: { agencyKind: { sortOrder: 'asc' } },
      });
    },
  }),
);
