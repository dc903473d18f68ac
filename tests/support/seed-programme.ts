/** Fills a programme with inspections directly through Prisma, for tests that need volume. */
import type { PrismaClient } from '@cjji/db';

export async function seedProgramme(
  prisma: PrismaClient,
  inspections: number,
  title = `Programme with ${inspections} inspections`,
) {
  const [inspectorates, forces] = await Promise.all([
    prisma.inspectorate.findMany({ orderBy: { shortName: 'asc' } }),
    prisma.agency.findMany({ where: { kindCode: 'POLICE_FORCE' }, orderBy: { name: 'asc' } }),
  ]);
  const programme = await prisma.programme.create({
    data: { title, startsOn: new Date('2026-04-01'), endsOn: new Date('2028-03-31') },
  });
  for (let n = 0; n < inspections; n++) {
    const start = new Date(Date.UTC(2026, 3 + (n % 20), 1));
    const at = (months: number, day = 1) =>
      new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, day));
    await prisma.inspection.create({
      data: {
        programmeId: programme.id,
        title: `Inspection ${n + 1}`,
        kind: 'JOINT_THEMATIC',
        victimsThematic: n % 3 === 0,
        theme: n % 3 === 0 ? 'Victims' : 'Custody',
        scopeStatement: 'How agencies keep victims informed.',
        leadInspectorateId: inspectorates[n % inspectorates.length]!.id,
        partners: {
          create: [{ inspectorateId: inspectorates[(n + 1) % inspectorates.length]!.id }],
        },
        kindsInScope: {
          create: [{ agencyKindCode: 'POLICE_FORCE' }, { agencyKindCode: 'CPS_AREA' }],
        },
        localities: {
          create: [0, 1, 2, 3].map((k) => ({ agencyId: forces[(n * 4 + k) % forces.length]!.id })),
        },
        phases: {
          create: [
            { kind: 'SCOPING', plannedStart: at(0), plannedEnd: at(1, 0) },
            {
              kind: 'FIELDWORK',
              plannedStart: at(1),
              plannedEnd: at(2, 0),
              staffing: {
                create: [
                  {
                    inspectorateId: inspectorates[n % inspectorates.length]!.id,
                    inspectorWeeks: 12,
                  },
                ],
              },
            },
            { kind: 'REPORTING', plannedStart: at(2), plannedEnd: at(4, 0) },
            { kind: 'PUBLICATION', plannedStart: at(4, 14), plannedEnd: at(4, 14) },
          ],
        },
      },
    });
  }
  return programme;
}
