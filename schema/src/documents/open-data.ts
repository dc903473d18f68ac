/** The open data downloads' operations: every rating, and every published plan's actions. */
import { graphql } from '../graphql.ts';

export const openDataRatingsQuery = graphql(`
  query OpenDataRatings {
    ratings {
      ratedOn
      rationale
      agency {
        name
        region
        kind {
          name
        }
      }
      framework {
        name
        version
      }
      area {
        name
      }
      grade {
        label
        commonGrade {
          label
        }
      }
    }
  }
`);

export const openDataPlansQuery = graphql(`
  query OpenDataPlans {
    actionPlans(statuses: [PUBLISHED, IN_FOLLOW_UP, CLOSED]) {
      title
      status
      laidOn
      paperReference
      publishedOn
      publishedUrl
      agency {
        name
      }
      responsibleMinister {
        title
      }
      publishedBy {
        name
      }
      actions {
        description
        owner
        targetDate
        status
        progress {
          note
          recordedAt
        }
      }
    }
  }
`);
