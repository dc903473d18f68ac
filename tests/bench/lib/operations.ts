/**
 * The key operations the bench drives, each as the exact GraphQL request the web page sends
 * (the documents are the contract's, which the pages send, so a page's change is benchmarked
 * as it is).
 */
import { print, type DocumentNode } from 'graphql';
import { agencyDetailQuery } from '@cjji/contract/agencies';
import { agencyRatingsQuery, publicRatingsQuery } from '@cjji/contract/agency-ratings';
import { myWorkQuery } from '@cjji/contract/my-work';
import { programmePlanQuery, reschedulePhaseMutation } from '@cjji/contract/plan';
import { publishedPlanQuery } from '@cjji/contract/published';
import { comparisonQuery } from '@cjji/contract/ratings';
import { deadlinePageQuery } from '@cjji/contract/track';
import type { Targets } from './database.ts';

export type OperationName =
  | 'timeline'
  | 'dashboard'
  | 'agency'
  | 'deadlines'
  | 'myWork'
  | 'publishedPlan'
  | 'publicRatings'
  | 'publicRatingsConditional'
  | 'publicAgency'
  | 'publicAgencyConditional'
  | 'reschedule';

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
  /**
   * Sent as a GET with the query in the URL, as a CDN or a browser would (public reads only):
   * the search part of the URL.
   */
  get?: string;
  /** Sent with If-None-Match, the ETag of a first answer: the expected answer is a 304. */
  conditional?: boolean;
  /** Numbers of clients for this operation, instead of the run's. */
  clients?: number[];
  /** Seconds per cell for this operation, instead of the run's. */
  seconds?: number;
}

/** The session every bench database holds for its planner (see database.ts), known in advance. */
export const benchSessionToken = 'bench-session-for-the-planner-0123456789abcdef';

/** Operations behind sign-in in the web app; the public pages' operations go without a session, as the public's do. */
const signedIn: ReadonlySet<OperationName> = new Set([
  'timeline',
  'dashboard',
  'deadlines',
  'myWork',
  'reschedule',
]);

/** Every header the bench sends, for every request to the API or the floor. */
function headersFor(operation: OperationName): Record<string, string> {
  return signedIn.has(operation) ? { authorization: `Bearer ${benchSessionToken}` } : {};
}

export const requestHeaders = (operation: OperationName) => ({
  'content-type': 'application/json',
  ...headersFor(operation),
});

/** A GET must carry a header a browser form cannot set (Apollo's CSRF prevention). */
export const getHeaders = { 'apollo-require-preflight': 'true' };

/** The search part of a GraphQL GET for this query and these variables. */
const getSearch = (query: DocumentNode, variables: Record<string, unknown>) =>
  `?${new URLSearchParams({ query: print(query), variables: JSON.stringify(variables) })}`;

/** The public pages on publication day: many visitors at once. */
const publicClients = [200];

/**
 * The reschedule mutation as the timeline page sends it; it asks for the phase's new version,
 * which the bench needs to send the next change of the same phase.
 */
const rescheduleMutation = print(reschedulePhaseMutation);

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
    // The variables /track sends when first opened (web/src/routes/track/deadline-filter.ts):
    // the first page of 25, soonest due first, of the viewer's own organisations' deadlines.
    {
      name: 'deadlines',
      label: 'Deadlines, first page (the planner’s organisations)',
      bounded: true,
      floor: false,
      body: fixed(deadlinePageQuery, {
        mine: null,
        owners: null,
        kinds: null,
        statuses: null,
        search: null,
        sort: 'DUE',
        offset: 0,
        limit: 25,
      }),
    },
    {
      name: 'myWork',
      label: 'My work (the planner’s)',
      bounded: false,
      floor: false,
      body: fixed(myWorkQuery, {}),
    },
    // The public pages as a CDN asks for them on publication day: a fresh render each time,
    // and a revalidation with the ETag of the last one (the API answers 304 unrendered).
    ...(
      [
        [
          'publicRatings',
          'Public ratings list (police forces)',
          publicRatingsQuery,
          { kind: 'POLICE_FORCE' },
        ],
        [
          'publicAgency',
          "An agency's public ratings page",
          agencyRatingsQuery,
          { id: targets.agencyId },
        ],
      ] as const
    ).flatMap(([name, label, query, variables]) => [
      {
        name,
        label: `${label}, fresh (GET)`,
        bounded: true,
        floor: false,
        body: fixed(query, variables),
        get: getSearch(query, variables),
        clients: publicClients,
        seconds: 10,
      },
      {
        name: `${name}Conditional` as OperationName,
        label: `${label}, conditional (If-None-Match)`,
        bounded: true,
        floor: false,
        body: fixed(query, variables),
        get: getSearch(query, variables),
        conditional: true,
        clients: publicClients,
        seconds: 10,
      },
    ]),
    {
      name: 'publishedPlan',
      label: 'Published plan page (public)',
      bounded: true,
      floor: false,
      body: fixed(publishedPlanQuery, { id: targets.publishedPlanId }),
    },
  ];
}
