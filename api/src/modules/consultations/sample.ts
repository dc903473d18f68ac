/**
 * The real proposal for 2025 to 2027, as a proposed programme out for consultation, so that a
 * new installation shows real work: `pnpm sample:proposed-programme`. The inspectorates
 * published it on 20 November 2024 and consulted until 7 January 2025
 * (prisma/reference-data/cjji-proposed-programme-2025-2027.csv and its row in sources.csv).
 * Loading it twice loads it once.
 */
import type { PrismaClient } from '@cjji/db';
import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { day } from '../shared/calendar.ts';
import { judicialDecisionMention } from '../inspections/judicial-exclusion.ts';

export const sampleFile = 'cjji-proposed-programme-2025-2027.csv';
export const sampleTitle = 'Criminal Justice Joint Inspection programme 2025 to 2027 (proposed)';
const referenceDir = join(import.meta.dirname, '../../../../prisma/reference-data');

interface Row {
  topic: string;
  summary: string;
  lead_inspectorate: string;
  potential_partner_inspectorates: string;
  victims_thematic: string;
}

export async function loadSampleProposedProgramme(
  prisma: PrismaClient,
  actor: string,
  dir = referenceDir,
): Promise<{ loaded: boolean; consultationId: string }> {
  const text = readFileSync(join(dir, sampleFile), 'utf8');
  const rows = parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Row[];
  const sources = parse(readFileSync(join(dir, 'sources.csv'), 'utf8'), {
    columns: true,
    trim: true,
  }) as Array<Record<string, string>>;
  const source = sources.find((row) => row.file === sampleFile);
  if (!source) throw new Error(`sources.csv has no row for ${sampleFile}`);
  for (const row of rows) {
    const mention = judicialDecisionMention(`${row.topic}. ${row.summary}`);
    if (mention) throw new Error(`${sampleFile}: "${row.topic}" reaches "${mention}"`);
  }

  return prisma.$transaction(async (tx) => {
    const existing = await tx.consultation.findFirst({
      where: { programme: { title: sampleTitle } },
      select: { id: true },
    });
    if (existing) return { loaded: false, consultationId: existing.id };
    const inspectorates = new Map(
      (await tx.inspectorate.findMany()).map((i) => [i.shortName, i] as const),
    );
    const inspectorate = (shortName: string) => {
      const found = inspectorates.get(shortName.trim());
      if (!found) throw new Error(`${sampleFile}: no inspectorate is called "${shortName}"`);
      return found;
    };
    const checksum = createHash('sha256').update(text).digest('hex');
    const sourceData = {
      title: source.title!,
      publisher: source.publisher!,
      asAt: day(source.as_at!),
      url: source.url || null,
      checksum,
    };
    await tx.dataSource.upsert({
      where: { key: sampleFile },
      create: { key: sampleFile, ...sourceData },
      update: sourceData,
    });
    const programme = await tx.programme.create({
      data: {
        title: sampleTitle,
        startsOn: day('2025-04-01'),
        endsOn: day('2027-03-31'),
        statusChanges: {
          create: {
            toStatus: 'DRAFT',
            changedBy: actor,
            reason: `Loaded from ${sampleFile}: the proposal published on 20 November 2024`,
          },
        },
      },
    });
    const inspections = [];
    for (const row of rows) {
      const lead = inspectorate(row.lead_inspectorate);
      const partners = row.potential_partner_inspectorates
        .split(';')
        .filter((name) => name.trim())
        .map(inspectorate);
      inspections.push({
        lead,
        partners,
        row,
        inspection: await tx.inspection.create({
          data: {
            programmeId: programme.id,
            title: row.topic,
            kind: 'JOINT_THEMATIC',
            victimsThematic: row.victims_thematic === 'yes',
            theme: row.topic,
            scopeStatement: row.summary,
            leadInspectorateId: lead.id,
            partners: { create: partners.map((p) => ({ inspectorateId: p.id })) },
          },
        }),
      });
    }
    const consultation = await tx.consultation.create({
      data: {
        programmeId: programme.id,
        runById: inspectorate('HMICFRS').id,
        opensOn: day('2024-11-20'),
        closesOn: day('2025-01-07'),
        openedBy: actor,
        proposals: {
          create: inspections.map(({ inspection, lead, partners, row }, position) => ({
            inspectionId: inspection.id,
            position,
            topic: row.topic,
            theme: row.topic,
            summary: row.summary,
            leadShortName: lead.shortName,
            leadInspectorateId: lead.id,
            partnerShortNames: partners.map((p) => p.shortName).sort(),
            kindsInScope: [],
            victimsThematic: row.victims_thematic === 'yes',
          })),
        },
      },
    });
    await tx.auditEvent.create({
      data: {
        actor,
        action: 'loadSampleProposedProgramme',
        entityType: 'Consultation',
        entityId: consultation.id,
        after: { programme: programme.title, inspections: rows.map((r) => r.topic), sampleFile },
      },
    });
    return { loaded: true, consultationId: consultation.id };
  });
}
