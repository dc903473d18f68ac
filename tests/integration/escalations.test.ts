/**
 * Ending an escalation, as the lead of the inspectorate that issued it: the day it ended is
 * checked (not before it was issued or answered, not after today), an Urgent Notification ends
 * only after its public response, an ended escalation cannot end again, a stale version is a
 * conflict, and every end is audited. What the page offers follows `viewerCan.end`.
 */
import type { RoleGrant, Viewer } from '@cjji/api/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgainst, type Execute } from '../support/graphql.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const globalId = (type: string, raw: string) => Buffer.from(`${type}:${raw}`).toString('base64');
const now = new Date('2026-11-25T10:00:00Z');
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

let db: TestDatabase;
const stops: Array<() => Promise<void>> = [];
const ids: Record<string, string> = {};

async function as(roles: RoleGrant[]): Promise<Execute> {
  const viewer: Viewer = {
    userId: null,
    name: 'Lead',
    email: 'lead@example.test',
    sessionId: null,
    roles,
  };
  const server = await graphqlAgainst(db.prisma, now, viewer);
  stops.push(server.stop);
  return server.execute;
}

const endMutation = `mutation($input: EndEscalationInput!) {
  endEscalation(input: $input) {
    __typename
    ... on Error { message }
    ... on InputError { issues { field message } }
    ... on MutationEndEscalationSuccess { data { endedOn version viewerCan { end } } }
  }
}`;

async function escalation(
  kind: 'ENHANCED_MONITORING' | 'URGENT_NOTIFICATION',
  inspectorate: string,
  respondedOn?: string,
) {
  return db.prisma.escalation.create({
    data: {
      kind,
      agencyId:
        ids[kind === 'URGENT_NOTIFICATION' ? 'HM Prison and Probation Service' : 'Kent Police']!,
      inspectorateId: ids[inspectorate]!,
      issuedOn: date('2026-03-02'),
      summary: 'Victims are not told when a suspect is released.',
      recordedBy: 'Test',
      ...(respondedOn ? { respondedOn: date(respondedOn) } : {}),
    },
  });
}

let hmicfrsLead: Execute;
let prisonsLead: Execute;

beforeAll(async () => {
  db = await createTestDatabase();
  for (const inspectorate of await db.prisma.inspectorate.findMany())
    ids[inspectorate.shortName] = inspectorate.id;
  for (const agency of await db.prisma.agency.findMany()) ids[agency.name] = agency.id;
  hmicfrsLead = await as([{ role: 'INSPECTORATE_LEAD', inspectorateId: ids.HMICFRS! }]);
  prisonsLead = await as([{ role: 'INSPECTORATE_LEAD', inspectorateId: ids['HMI Prisons']! }]);
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db?.close();
});

describe('ending an escalation', () => {
  it('records the day an Engage phase ended, audits it, and offers no second end', async () => {
    const engage = await escalation('ENHANCED_MONITORING', 'HMICFRS');
    const id = globalId('Escalation', engage.id);
    const before = await hmicfrsLead(
      `query($id: ID!) { node(id: $id) { ... on Escalation { viewerCan { end } } } }`,
      { id },
    );
    expect(before.data!.node.viewerCan.end).toBe(true);

    const { data } = await hmicfrsLead(endMutation, {
      input: { escalationId: id, endedOn: '2026-11-20', expectedVersion: 1 },
    });
    expect(data!.endEscalation).toEqual({
      __typename: 'MutationEndEscalationSuccess',
      data: { endedOn: '2026-11-20', version: 2, viewerCan: { end: false } },
    });
    const audit = await db.prisma.auditEvent.findMany({
      where: { action: 'endEscalation', entityId: engage.id },
    });
    expect(audit).toHaveLength(1);

    const again = await hmicfrsLead(endMutation, {
      input: { escalationId: id, endedOn: '2026-11-21', expectedVersion: 2 },
    });
    expect(again.data!.endEscalation).toMatchObject({
      __typename: 'InvalidStateError',
      message: 'It has already ended.',
    });
  });

  it('names the date field for a day before it was issued or after today, and writes nothing', async () => {
    const engage = await escalation('ENHANCED_MONITORING', 'HMICFRS');
    const id = globalId('Escalation', engage.id);
    for (const [endedOn, message] of [
      ['2026-03-01', 'Date it ended must be the same as or after 2 March 2026, when it was issued'],
      ['2026-11-26', 'Date it ended must be today or in the past'],
    ]) {
      const { data } = await hmicfrsLead(endMutation, {
        input: { escalationId: id, endedOn, expectedVersion: 1 },
      });
      expect(data!.endEscalation).toMatchObject({
        __typename: 'InputError',
        issues: [{ field: ['input', 'endedOn'], message }],
      });
    }
    expect(
      (await db.prisma.escalation.findUniqueOrThrow({ where: { id: engage.id } })).endedOn,
    ).toBeNull();
  });

  it('answers a stale version with a conflict', async () => {
    const engage = await escalation('ENHANCED_MONITORING', 'HMICFRS');
    await db.prisma.escalation.update({ where: { id: engage.id }, data: { version: 2 } });
    const { data } = await hmicfrsLead(endMutation, {
      input: {
        escalationId: globalId('Escalation', engage.id),
        endedOn: '2026-11-20',
        expectedVersion: 1,
      },
    });
    expect(data!.endEscalation.__typename).toBe('ConflictError');
  });

  it('keeps an Urgent Notification open until its public response is recorded', async () => {
    const unanswered = await escalation('URGENT_NOTIFICATION', 'HMI Prisons');
    const id = globalId('Escalation', unanswered.id);
    const { data } = await prisonsLead(endMutation, {
      input: { escalationId: id, endedOn: '2026-11-20', expectedVersion: 1 },
    });
    expect(data!.endEscalation).toMatchObject({
      __typename: 'InvalidStateError',
      message:
        'Record the public response to the Urgent Notification before recording that it ended.',
    });

    const answered = await escalation('URGENT_NOTIFICATION', 'HMI Prisons', '2026-03-30');
    const early = await prisonsLead(endMutation, {
      input: {
        escalationId: globalId('Escalation', answered.id),
        endedOn: '2026-03-20',
        expectedVersion: 1,
      },
    });
    expect(early.data!.endEscalation.issues[0].message).toBe(
      'Date it ended must be the same as or after 30 March 2026, when the response was published',
    );
  });

  it('refuses the lead of another inspectorate, and offers them nothing', async () => {
    const engage = await escalation('ENHANCED_MONITORING', 'HMICFRS');
    const id = globalId('Escalation', engage.id);
    const seen = await prisonsLead(
      `query($id: ID!) { node(id: $id) { ... on Escalation { viewerCan { end } } } }`,
      { id },
    );
    expect(seen.data!.node.viewerCan.end).toBe(false);
    const { errors } = await prisonsLead(endMutation, {
      input: { escalationId: id, endedOn: '2026-11-20', expectedVersion: 1 },
    });
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
