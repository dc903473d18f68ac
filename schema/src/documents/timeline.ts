/**
 * The planning timeline: the programme with what the viewer may do to each phase, the what-if
 * preview of staged moves, and the save of several moves at once.
 */
import { graphql, mutationErrors, type ResultOf } from '../graphql.ts';
import { scheduleWarningFields } from './plan.ts';

const directionCheckFields = graphql(`
  fragment DirectionCheckFields on DirectionCheck {
    met
    shortfalls
    direction {
      reference
      title
      minimumThematics
      period
    }
    periods {
      label
      required
      counted
      met
    }
  }
`);

export const planningTimelineQuery = graphql(
  `
    query PlanningTimeline($id: ID!, $withBaseline: Boolean! = false) {
      programme(id: $id) {
        id
        title
        status
        version
        startsOn
        endsOn
        isCurrent
        revises {
          id
          title
        }
        revisedBy {
          id
          title
          status
        }
        viewerCan {
          moveTo
          revise
          addInspection
        }
        baseline @include(if: $withBaseline) {
          capturedOn
          capturedAt
        }
        quarters {
          startsOn
          endsOn
          label
        }
        inspections {
          id
          title
          kind
          victimsThematic
          status
          version
          leadInspectorate {
            id
            shortName
          }
          partnerInspectorates {
            id
            shortName
          }
          localities {
            id
            name
          }
          phases {
            id
            kind
            plannedStart
            plannedEnd
            actualStart
            actualEnd
            baselineStart @include(if: $withBaseline)
            baselineEnd @include(if: $withBaseline)
            version
            viewerCan {
              reschedule
            }
            staffing {
              inspectorate {
                shortName
              }
              inspectorWeeks
            }
          }
        }
        warnings {
          ...ScheduleWarningFields
        }
        directionChecks {
          ...DirectionCheckFields
        }
      }
      inspectorates {
        id
        shortName
      }
    }
  `,
  [scheduleWarningFields, directionCheckFields],
);

export type PlanningTimeline = NonNullable<ResultOf<typeof planningTimelineQuery>['programme']>;
export type PlanningInspection = PlanningTimeline['inspections'][number];

export const schedulePreviewQuery = graphql(
  `
    query SchedulePreview($programmeId: ID!, $changes: [StagedPhaseChangeInput!]!) {
      schedulePreview(programmeId: $programmeId, changes: $changes) {
        warnings {
          ...ScheduleWarningFields
        }
        directionChecks {
          ...DirectionCheckFields
        }
      }
    }
  `,
  [scheduleWarningFields, directionCheckFields],
);

export type SchedulePreview = ResultOf<typeof schedulePreviewQuery>['schedulePreview'];

export const reschedulePhasesMutation = graphql(
  `
    mutation ReschedulePhases($input: ReschedulePhasesInput!) {
      reschedulePhases(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationReschedulePhasesSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

/** A move staged in the browser: the phase's new planned dates and the version it was made from. */
export interface StagedChange {
  phaseId: string;
  expectedVersion: number;
  plannedStart: string;
  plannedEnd: string;
}
