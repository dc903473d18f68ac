/** A database per multiple on the bench's PostgreSQL server, filled by the scale generator. */
import { hashToken } from '@cjji/api/sessions';
import {
  applyMigrations,
  createPrismaClient,
  loadReferenceData,
  type PrismaClient,
} from '@cjji/db';
import pg from 'pg';
import { generateScaleData, type ScaleSummary } from '../scale/generate.ts';
import { benchSessionToken, type PhaseSlot } from './operations.ts';

export interface Targets {
  /** Global ids, as the pages send them. */
  programmeId: string;
  /** The draft programme whose phases the mutation moves. */
  draftProgrammeId: string;
  agencyId: string;
  agencyName: string;
  publishedPlanId: string;
  /** Phases of the draft programme for the mutation, each changed by one client at a time. */
  phases: PhaseSlot[];
  /** A phase kept apart for counting the mutation's statements. */
  countingPhase: PhaseSlot;
  /** Scoping phases of three inspections of the draft programme that the mutation leaves alone, for the browser. */
  browserPhaseIds: string[];
}

export interface ScaledDatabase {
  url: string;
  multiple: number;
  summary: ScaleSummary;
  fillSeconds: number;
  targets: Targets;
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/**
 * An administrator (so that every operation is allowed) and planner at HMICFRS with a session
 * whose token the bench knows, valid for the bench's run: the signed-in operations carry it as real clients do.
 */
async function addBenchPlanner(prisma: PrismaClient): Promise<void> {
  const now = new Date();
  const user = await prisma.user.create({
    data: {
      email: 'bench@example.test',
      name: 'Bench planner',
      createdBy: 'pnpm bench',
      // And a planner at HMICFRS, so that "mine" (My work, the deadlines' default) is real work.
      roles: {
        create: [
          { role: 'ADMINISTRATOR', grantedBy: 'pnpm bench' },
          {
            role: 'INSPECTORATE_PLANNER',
            grantedBy: 'pnpm bench',
            inspectorate: { connect: { shortName: 'HMICFRS' } },
          },
        ],
      },
    },
  });
  await prisma.session.create({
    data: {
      tokenHash: hashToken(benchSessionToken),
      userId: user.id,
      method: 'password',
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + 12 * 3_600_000),
    },
  });
}

export async function createScaledDatabase(
  adminUrl: string,
  multiple: number,
  seed: number,
): Promise<ScaledDatabase> {
  const name = `bench_x${String(multiple).replace('.', '_')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  await applyMigrations(url);
  const prisma = createPrismaClient({ url, poolSize: 4 });
  const started = Date.now();
  let summary: ScaleSummary;
  try {
    await loadReferenceData(prisma);
    summary = await generateScaleData(prisma, { multiple, seed });
    await addBenchPlanner(prisma);
  } finally {
    await prisma.$disconnect();
  }
  const fillSeconds = (Date.now() - started) / 1000;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Fresh statistics, as autovacuum would have by the time anyone reads this data.
    await client.query('VACUUM ANALYZE');
    return { url, multiple, summary, fillSeconds, targets: await pickTargets(client) };
  } finally {
    await client.end();
  }
}

/** Re-reads the mutation's phases, with their current versions, before each run of it. */
export async function currentPhases(url: string, ids: string[]): Promise<PhaseSlot[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{
      id: string;
      version: number;
      plannedStart: string;
      plannedEnd: string;
    }>(
      `select id, version, to_char("plannedStart", 'YYYY-MM-DD') as "plannedStart", to_char("plannedEnd", 'YYYY-MM-DD') as "plannedEnd" from "InspectionPhase" where id = any($1::uuid[])`,
      [ids.map((id) => Buffer.from(id, 'base64').toString('utf8').split(':')[1])],
    );
    const byId = new Map(rows.map((row) => [globalId('InspectionPhase', row.id), row]));
    return ids.map((id) => {
      const row = byId.get(id)!;
      return {
        id,
        version: row.version,
        plannedStart: row.plannedStart,
        plannedEnd: row.plannedEnd,
        moved: false,
      };
    });
  } finally {
    await client.end();
  }
}

async function pickTargets(client: pg.Client): Promise<Targets> {
  const one = async <Row extends Record<string, unknown>>(sql: string): Promise<Row> => {
    const { rows } = await client.query<Row>(sql);
    if (!rows[0]) throw new Error(`The scale data has nothing for: ${sql}`);
    return rows[0];
  };
  const programme = await one<{ id: string }>(
    `select id from "Programme" where status = 'PUBLISHED' and "startsOn" <= current_date and "endsOn" >= current_date order by "startsOn" desc limit 1`,
  );
  const draft = await one<{ id: string }>(
    `select id from "Programme" where status = 'DRAFT' order by "startsOn" desc limit 1`,
  );
  // A force whose public page lists plans and their actions, at every multiple alike.
  const agency = await one<{ id: string; name: string }>(
    `select a.id, a.name from "Agency" a where a."kindCode" = 'POLICE_FORCE'
        and exists (select 1 from "ActionPlan" p where p."agencyId" = a.id and p.status in ('PUBLISHED', 'IN_FOLLOW_UP', 'CLOSED'))
      order by a.name limit 1`,
  );
  // A public plan of typical size: the first published one owed for a rating (as most are, and
  // the same kind of plan at every multiple) with 15 actions.
  const plan = await one<{ id: string }>(
    `select p.id from "ActionPlan" p where p.status = 'PUBLISHED' and p."ratingId" is not null order by (select abs(count(*) - 15) from "PlanAction" a where a."planId" = p.id), p."createdAt", p.id limit 1`,
  );
  const { rows: phases } = await client.query<{
    id: string;
    version: number;
    plannedStart: string;
    plannedEnd: string;
  }>(
    `select ph.id, ph.version, to_char(ph."plannedStart", 'YYYY-MM-DD') as "plannedStart", to_char(ph."plannedEnd", 'YYYY-MM-DD') as "plannedEnd"
       from "InspectionPhase" ph join "Inspection" i on i.id = ph."inspectionId" join "Programme" p on p.id = i."programmeId"
      where p.id = '${draft.id}' order by ph.id limit 65`,
  );
  if (phases.length < 65)
    throw new Error('The scale data has too few phases in a draft programme for the mutation.');
  // Away from the mutation's phases, whose bars it leaves moved over their neighbours'.
  const { rows: browser } = await client.query<{ id: string }>(
    `select ph.id from "InspectionPhase" ph join "Inspection" i on i.id = ph."inspectionId"
      where i."programmeId" = $1 and ph.kind = 'SCOPING'
        and not exists (select 1 from "InspectionPhase" other where other."inspectionId" = i.id and other.id = any($2::uuid[]))
      order by ph.id limit 3`,
    [draft.id, phases.map((phase) => phase.id)],
  );
  const slots = phases.map((row) => ({
    id: globalId('InspectionPhase', row.id),
    version: row.version,
    plannedStart: row.plannedStart,
    plannedEnd: row.plannedEnd,
    moved: false,
  }));
  return {
    programmeId: globalId('Programme', programme.id),
    draftProgrammeId: globalId('Programme', draft.id),
    agencyId: globalId('Agency', agency.id),
    agencyName: agency.name,
    publishedPlanId: globalId('ActionPlan', plan.id),
    phases: slots.slice(1),
    countingPhase: slots[0]!,
    browserPhaseIds: browser.map((row) => globalId('InspectionPhase', row.id)),
  };
}
