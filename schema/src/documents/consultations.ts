/** Operations behind the consultation on a proposed programme, for the staff and public pages. */
import { graphql, mutationErrors, type EnumOf, type ResultOf } from '../graphql.ts';

export type ConsulteeOutcome = EnumOf<'ConsulteeResponseOutcome'>;
export type ChangeKind = EnumOf<'ProgrammeChangeKind'>;

/** What the public page and the staff page both show of a consultation. */
export const publicConsultationFields = graphql(`
  fragment PublicConsultationFields on Consultation {
    id
    status
    opensOn
    closesOn
    programmeTitle
    programmeStartsOn
    programmeEndsOn
    programmeStatus
    runBy {
      name
      shortName
    }
    proposals {
      id
      topic
      theme
      summary
      leadShortName
      partnerShortNames
      victimsThematic
    }
    publicResponseCount
    outcome
    changes {
      kind
      topic
      detail
    }
    programme {
      id
      status
      inspections {
        id
        title
        status
        leadInspectorate {
          shortName
        }
        partnerInspectorates {
          shortName
        }
      }
    }
  }
`);

export const publicConsultationQuery = graphql(
  `
    query PublicConsultation($id: ID!) {
      consultation(id: $id) {
        ...PublicConsultationFields
      }
    }
  `,
  [publicConsultationFields],
);

export type PublicConsultation = NonNullable<
  ResultOf<typeof publicConsultationQuery>['consultation']
>;
export type Proposal = PublicConsultation['proposals'][number];

export const consultationsQuery = graphql(`
  query Consultations {
    consultations {
      id
      status
      opensOn
      closesOn
      programmeTitle
      programmeStatus
      publicResponseCount
    }
  }
`);

export const staffConsultationQuery = graphql(
  `
    query StaffConsultation($id: ID!) {
      consultation(id: $id) {
        ...PublicConsultationFields
        version
        openedBy
        consulteeStatuses {
          consultee {
            id
            name
            shortName
            basis
          }
          response {
            outcome
            receivedOn
            text
            attachments
            inspectorateAgreedOn
            consulteeAgreedOn
            recordedBy
            correctionReason
          }
        }
        publicResponses {
          id
          respondent
          organisation
          receivedOn
          text
          proposals {
            id
            topic
          }
        }
      }
    }
  `,
  [publicConsultationFields],
);

export type StaffConsultation = NonNullable<
  ResultOf<typeof staffConsultationQuery>['consultation']
>;

export const openConsultationMutation = graphql(
  `
    mutation OpenConsultation($input: OpenConsultationInput!) {
      openConsultation(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationOpenConsultationSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const recordConsulteeResponseMutation = graphql(
  `
    mutation RecordConsulteeResponse($input: RecordConsulteeResponseInput!) {
      recordConsulteeResponse(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationRecordConsulteeResponseSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const recordPublicResponseMutation = graphql(
  `
    mutation RecordPublicResponse($input: RecordPublicResponseInput!) {
      recordPublicResponse(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationRecordPublicResponseSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const closeConsultationMutation = graphql(
  `
    mutation CloseConsultation($input: CloseConsultationInput!) {
      closeConsultation(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationCloseConsultationSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [mutationErrors],
);

export const programmeConsultationQuery = graphql(`
  query ProgrammeConsultation($id: ID!) {
    programme(id: $id) {
      id
      title
      status
      startsOn
      endsOn
      inspections {
        id
        status
      }
      consultation {
        id
        status
        closesOn
      }
    }
    inspectorates {
      id
      name
      shortName
    }
  }
`);
