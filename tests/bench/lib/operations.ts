/**
 * The key operations the bench drives, each as the exact GraphQL request the web page sends
 * (the documents are the contract's, which the pages send, so a page's change is benchmarked
 * as it is).
 */
import { print, type DocumentNode } from 'graphql';
import { programmePlanQuery, reschedulePhaseMutation } from '@cjji/contract/plan';
import { agencyDetailQuery } from '@cjji/contract/agencies';
import { publishedPlanQuery } from '@cjji/contract/published';
import { comparisonQuery } from '@cjji/contract/ratings';
import { deadlinesQuery } from '@cjji/contract/track';
import type { Targets } from './database.ts';

export type OperationName =
  'timeline' | 'dashboard' | 'agency' | 'deadlines' | 'publishedPlan' | 'reschedule';

export interface Operation {
  name: OperationName;
  /** How the table names it. */
  label: string;
  /** Whether the answer is about one thing (a programme, an agency, a plan) and so should not grow with the data. */
  bounded: boolean;
  /** The floor serves this operation too. */
  floor: boolean;
  /** The request body, built afresh for each request (the mutation's changes every time). */
  body: () => string;
}

/** The session every bench database holds for its planner (see database.ts), known in advance. */
export const benchSessionToken = 'bench-session-for-the-planner-0123456789abcdef';

/** Operations behind sign-in in the web app; the public pages' operations go without a session, as the public's do. */
const signedIn: ReadonlySet<OperationName> = new Set([
  'timeline',
  'dashboard',
  'deadlines',
  'reschedule',
]);

/** Every header the bench sends, for every request to the API or the floor. */
export function headersFor(operation: OperationName): Record<string, string> {
  return signedIn.has(operation) ? { authorization: `Bearer ${benchSessionToken}` } : {};
}

export const requestHeaders = (operation: OperationName) => ({
  'content-type': 'application/json',
  ...headersFor(operation),
});

/**
 * The reschedule mutation as the timeline page sends it; it asks for the phase's new version,
 * which the bench needs to send the next change of the same phase.
 */
export const rescheduleMutation = print(reschedulePhaseMutation);

export interface PhaseSlot {
  id: string;
  version: number;
  plannedStart: string;
  plannedEnd: string;
  /** Whether the next change moves it a week later or back again. */
  moved: boolean;
}

const shift = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The variables that move a phase a week later, or back where it was. */
export function rescheduleBody(slot: PhaseSlot): string {
  const days = slot.moved ? 0 : 7;
  return JSON.stringify({
    query: rescheduleMutation,
    variables: {
      input: {
        phaseId: slot.id,
        expectedVersion: slot.version,
        plannedStart: shift(slot.plannedStart, days),
        plannedEnd: shift(slot.plannedEnd, days),
        actualStart: null,
        actualEnd: null,
        reason: 'Benchmark: moved by a week and back',
      },
    },
  });
}

export function readOperations(targets: Targets): Operation[] {
  const fixed = (query: DocumentNode, variables: Record<string, unknown>) => {
    const text = JSON.stringify({ query: print(query), variables });
    return () => text;
  };
  return [
    {
      name: 'timeline',
      label: 'Programme timeline',
      bounded: true,
      floor: true,
      body: fixed(programmePlanQuery, { id: targets.programmeId }),
    },
    // The variables /rate sends when first opened.
    {
      name: 'dashboard',
      label: 'Ratings dashboard (police forces)',
      bounded: true,
      floor: true,
      body: fixed(comparisonQuery, {
        kind: 'POLICE_FORCE',
        regions: null,
        fell: false,
        sort: 'NAME',
      }),
    },
    {
      name: 'agency',
      label: "An agency's page",
      bounded: true,
      floor: false,
      body: fixed(agencyDetailQuery, { id: targets.agencyId }),
    },
    {
      name: 'deadlines',
      label: 'Deadlines list (everything due)',
      bounded: false,
      floor: false,
      body: fixed(deadlinesQuery, { owner: null, overdueOnly: false }),
    },
    {
      name: 'publishedPlan',
      label: 'Published plan page (public)',
      bounded: true,
      floor: false,
      body: fixed(publishedPlanQuery, { id: targets.publishedPlanId }),
    },
  ];
}
