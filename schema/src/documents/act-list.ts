/** The action plans list staff work from: filtered, sorted and paged by the API. */
import { graphql, type EnumOf, type ResultOf } from '../graphql.ts';

export type ActionPlanSort = EnumOf<'ActionPlanSort'>;
export type ActionPlanParty = EnumOf<'ActionPlanParty'>;

export const planListQuery = graphql(`
  query PlanList($filter: ActionPlanPageFilter, $sort: ActionPlanSort, $page: Int, $pageSize: Int) {
    actionPlanPage(filter: $filter, sort: $sort, page: $page, pageSize: $pageSize) {
      page
      pageSize
      totalCount
      items {
        id
        title
        status
        waitingOn
        agency {
          id
          name
        }
        responsibleMinister {
          title
        }
        reviewingInspectorate {
          shortName
        }
      }
    }
  }
`);

export type PlanListPage = ResultOf<typeof planListQuery>['actionPlanPage'];

/** The agencies to filter by, closed ones too: their plans stay on the list. */
export const planListChoicesQuery = graphql(`
  query PlanListChoices {
    agencies(first: 200, filter: { includeClosed: true }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
