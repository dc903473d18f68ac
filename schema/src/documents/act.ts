/** Operations behind the action plan pages. */
import { graphql, mutationErrors, type EnumOf, type ResultOf } from '../graphql.ts';

export type ActionPlanStatus = EnumOf<'ActionPlanStatus'>;
export type PlanActionStatus = EnumOf<'PlanActionStatus'>;

/** The agencies that owe a plan and have not started one, longest owed first. */
export const actOverviewQuery = graphql(`
  query ActOverview {
    owed: deadlinePage(mine: false, kinds: [ACTION_PLAN_OWED], sort: LONGEST_WAITING, limit: 500) {
      totalCount
      items {
        agencyName
        since
        subjectId
      }
    }
    agenciesOwingActionPlans {
      id
      viewerCan {
        openActionPlan
      }
    }
  }
`);

export const newPlanQuery = graphql(`
  query NewPlan($id: ID!) {
    agency(id: $id) {
      id
      name
      kind {
        name
        inspectedBy {
          id
          name
        }
        responsibleMinister {
          title
        }
      }
      actionPlanOwed {
        since
        rating {
          id
          ratedOn
          grade {
            label
          }
        }
      }
      viewerCan {
        openActionPlan
      }
    }
  }
`);

export type NewPlanContext = ResultOf<typeof newPlanQuery>;

export const openPlanMutation = graphql(
  `
    mutation OpenActionPlan($input: OpenActionPlanInput!) {
      openActionPlan(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationOpenActionPlanSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const planQuery = graphql(`
  query ActionPlan($id: ID!) {
    actionPlan(id: $id) {
      id
      title
      summary
      reason
      status
      version
      waitingOn
      viewerCan {
        saveDraft
        recordProgress
        moveTo
      }
      yourCorrections
      agency {
        id
        name
        kind {
          code
        }
      }
      rating {
        ratedOn
        grade {
          label
        }
      }
      reviewingInspectorate {
        name
        shortName
      }
      responsibleMinister {
        title
      }
      laidOn
      paperReference
      publishedOn
      publishedUrl
      publishedBy {
        name
      }
      actions {
        id
        description
        owner
        targetDate
        status
        overdue
        progress {
          note
          evidenceUrl
          recordedBy
          recordedAt
        }
      }
      history {
        fromStatus
        toStatus
        by
        at
        comment
      }
      versions {
        number
        summary
        submittedBy
        submittedAt
        actions {
          description
          owner
          targetDate
        }
      }
    }
  }
`);

export type PlanDetail = NonNullable<ResultOf<typeof planQuery>['actionPlan']>;

/** What is still wrong before a step that cannot be undone, for the check page before it. */
export const planStillWrongQuery = graphql(`
  query ActionPlanStillWrong($id: ID!, $move: ActionPlanStatus!) {
    actionPlan(id: $id) {
      id
      stillWrongBefore(move: $move)
    }
  }
`);

export const saveDraftMutation = graphql(
  `
    mutation SaveActionPlanDraft($input: SaveActionPlanDraftInput!) {
      saveActionPlanDraft(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationSaveActionPlanDraftSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const movePlanMutation = graphql(
  `
    mutation MoveActionPlan($input: MoveActionPlanInput!) {
      moveActionPlan(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationMoveActionPlanSuccess {
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

export const recordProgressMutation = graphql(
  `
    mutation RecordActionProgress($input: RecordActionProgressInput!) {
      recordActionProgress(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationRecordActionProgressSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const correctPlanFactMutation = graphql(
  `
    mutation CorrectActionPlanFact($input: CorrectActionPlanFactInput!) {
      correctActionPlanFact(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationCorrectActionPlanFactSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);
