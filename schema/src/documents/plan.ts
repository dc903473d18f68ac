/** Operations behind the planning pages: programmes, inspections, phases and directions. */
import { graphql, mutationErrors, type EnumOf, type ResultOf } from '../graphql.ts';

export type ProgrammeStatus = EnumOf<'ProgrammeStatus'>;
export type PhaseKind = EnumOf<'PhaseKind'>;
export type InspectionStatus = EnumOf<'InspectionStatus'>;

export const programmesQuery = graphql(`
  query Programmes {
    programmes {
      id
      title
      status
      startsOn
      endsOn
      isCurrent
    }
    viewerCan {
      createProgramme
    }
  }
`);

export type ProgrammeSummary = ResultOf<typeof programmesQuery>['programmes'][number];

/** What the timeline and the inspections table read of each inspection. */
export const timelineInspectionFields = graphql(`
  fragment TimelineInspection on Inspection {
    id
    title
    kind
    victimsThematic
    status
    version
    leadInspectorate {
      shortName
    }
    partnerInspectorates {
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
      version
      staffing {
        inspectorate {
          shortName
        }
        inspectorWeeks
      }
    }
  }
`);

export type TimelineInspection = ResultOf<typeof timelineInspectionFields>;
export type Phase = TimelineInspection['phases'][number];

export const scheduleWarningFields = graphql(`
  fragment ScheduleWarningFields on ScheduleWarning {
    kind
    message
    inspectionIds
    phaseIds
  }
`);

export type Warning = ResultOf<typeof scheduleWarningFields>;

export const programmePlanQuery = graphql(
  `
    query ProgrammePlan($id: ID!) {
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
          blockedMoves {
            to
            reason
          }
          revise
          addInspection
        }
        quarters {
          startsOn
          endsOn
          label
        }
        inspections {
          ...TimelineInspection
        }
        scopeStatements: inspections {
          id
          title
          administrationOnlyStatement
          judicialMentions
        }
        warnings {
          ...ScheduleWarningFields
        }
        directionChecks {
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
        statusHistory {
          fromStatus
          toStatus
          changedBy
          changedAt
          reason
        }
        consultation {
          id
          status
          closesOn
        }
        formChecks {
          itemId
          directionReference
          position
          text
          met
          marked
          note
          markedBy
          markedAt
          version
          viewerCan {
            mark
          }
        }
        unmetFormItems
      }
    }
  `,
  [timelineInspectionFields, scheduleWarningFields],
);

export type ProgrammePlan = NonNullable<ResultOf<typeof programmePlanQuery>['programme']>;
export type DirectionCheck = ProgrammePlan['directionChecks'][number];

/** The published programme running today, for the public page: no warnings or internal history. */
export const currentProgrammeQuery = graphql(
  `
    query CurrentProgramme {
      currentProgramme {
        id
        title
        status
        version
        startsOn
        endsOn
        isCurrent
        quarters {
          startsOn
          endsOn
          label
        }
        inspections {
          ...TimelineInspection
        }
      }
    }
  `,
  [timelineInspectionFields],
);

export type PublicProgramme = NonNullable<
  ResultOf<typeof currentProgrammeQuery>['currentProgramme']
>;

export const createProgrammeMutation = graphql(
  `
    mutation CreateProgramme($input: CreateProgrammeInput!) {
      createProgramme(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationCreateProgrammeSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const changeProgrammeStatusMutation = graphql(
  `
    mutation ChangeProgrammeStatus($input: ChangeProgrammeStatusInput!) {
      changeProgrammeStatus(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationChangeProgrammeStatusSuccess {
          data {
            id
            status
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const reviseProgrammeMutation = graphql(
  `
    mutation ReviseProgramme($input: ReviseProgrammeInput!) {
      reviseProgramme(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationReviseProgrammeSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const reschedulePhaseMutation = graphql(
  `
    mutation ReschedulePhase($input: ReschedulePhaseInput!) {
      reschedulePhase(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationReschedulePhaseSuccess {
          data {
            id
            kind
            plannedStart
            plannedEnd
            # The bench sends the page's document and needs the new version for its next change.
            version
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const planningChoicesQuery = graphql(`
  query PlanningChoices {
    inspectorates {
      id
      name
      shortName
      viewerCan {
        leadInspection
      }
    }
    agencyKinds {
      code
      name
      pluralName
      scopeFunctions {
        id
        name
      }
    }
    agencies(first: 200) {
      edges {
        node {
          id
          name
          kind {
            code
          }
        }
      }
    }
    ministers {
      id
      title
    }
  }
`);

export type PlanningChoices = ResultOf<typeof planningChoicesQuery>;

export const addInspectionMutation = graphql(
  `
    mutation AddInspection($input: AddInspectionInput!) {
      addInspection(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationAddInspectionSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const inspectionQuery = graphql(
  `
    query Inspection($id: ID!) {
      inspection(id: $id) {
        id
        title
        kind
        victimsThematic
        theme
        scopeStatement
        administrationOnlyStatement
        judicialMentions
        functionsInScope {
          id
          name
          agencyKindCode
        }
        status
        cancellationReason
        version
        agencyKindsInScope
        leadInspectorate {
          id
          shortName
          viewerCan {
            setCapacity
          }
        }
        partnerInspectorates {
          id
          shortName
          viewerCan {
            setCapacity
          }
        }
        localities {
          id
          name
        }
        programme {
          id
          title
          status
          warnings {
            ...ScheduleWarningFields
          }
        }
        viewerCan {
          update
          moveTo
        }
        phases {
          id
          kind
          plannedStart
          plannedEnd
          actualStart
          actualEnd
          version
          staffingVersion
          viewerCan {
            reschedule
            setStaffing
          }
          staffing {
            inspectorate {
              id
              shortName
            }
            inspectorWeeks
          }
          history {
            plannedStart
            plannedEnd
            actualStart
            actualEnd
            changedBy
            changedAt
            reason
          }
        }
        statusHistory {
          fromStatus
          toStatus
          changedBy
          changedAt
          reason
        }
      }
    }
  `,
  [scheduleWarningFields],
);

export type InspectionDetail = NonNullable<ResultOf<typeof inspectionQuery>['inspection']>;

export const changeInspectionStatusMutation = graphql(
  `
    mutation ChangeInspectionStatus($input: ChangeInspectionStatusInput!) {
      changeInspectionStatus(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationChangeInspectionStatusSuccess {
          data {
            id
            status
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const directionsQuery = graphql(`
  query Directions {
    viewerCan {
      recordDirection
    }
    ministers {
      id
      title
      viewerCan {
        recordAgreement
      }
    }
    directions {
      id
      reference
      title
      kind
      status
      version
      draftedOn
      givenOn
      inForceFrom
      inForceUntil
      minimumThematics
      period
      programmeBy
      requirement
      correctedAt
      correctionReason
      withdrawnAt
      withdrawalReason
      viewerCanCorrect
      agreements {
        minister {
          id
          title
        }
        agreedOn
        recordedBy
        viewerCan {
          record
          correct
        }
      }
      agencyKindsRequired
      formItems {
        id
        position
        text
      }
    }
  }
`);

export type Direction = ResultOf<typeof directionsQuery>['directions'][number];

export const recordDirectionMutation = graphql(
  `
    mutation RecordDirection($input: RecordDirectionInput!) {
      recordDirection(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationRecordDirectionSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const recordDirectionAgreementMutation = graphql(
  `
    mutation RecordDirectionAgreement($input: RecordDirectionAgreementInput!) {
      recordDirectionAgreement(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationRecordDirectionAgreementSuccess {
          data {
            id
            status
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const markFormItemMutation = graphql(
  `
    mutation MarkFormItem($input: MarkFormItemInput!) {
      markFormItem(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationMarkFormItemSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const inspectorateCapacityQuery = graphql(`
  query InspectorateCapacity($from: Date!, $to: Date!) {
    inspectorateCapacity(from: $from, to: $to) {
      inspectorate {
        id
        shortName
      }
      quarterStart
      inspectorWeeks
      version
    }
  }
`);

export const setInspectorateCapacityMutation = graphql(
  `
    mutation SetInspectorateCapacity($input: SetInspectorateCapacityInput!) {
      setInspectorateCapacity(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationSetInspectorateCapacitySuccess {
          data {
            quarterStart
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const setPhaseStaffingMutation = graphql(
  `
    mutation SetPhaseStaffing($input: SetPhaseStaffingInput!) {
      setPhaseStaffing(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationSetPhaseStaffingSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const updateInspectionMutation = graphql(
  `
    mutation UpdateInspection($input: UpdateInspectionInput!) {
      updateInspection(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationUpdateInspectionSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

/** Inspector-weeks each inspectorate can give, for the quarters an inspection's phases touch. */
export type CapacityRow = ResultOf<
  typeof inspectorateCapacityQuery
>['inspectorateCapacity'][number];

export const correctDirectionMutation = graphql(
  `
    mutation CorrectDirection($input: CorrectDirectionInput!) {
      correctDirection(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationCorrectDirectionSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const correctDirectionAgreementMutation = graphql(
  `
    mutation CorrectDirectionAgreement($input: CorrectDirectionAgreementInput!) {
      correctDirectionAgreement(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationCorrectDirectionAgreementSuccess {
          data {
            id
            status
          }
        }
      }
    }
  `,
  [mutationErrors],
);
