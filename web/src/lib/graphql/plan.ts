/**
 * Names the planning pages show; the documents and their result types are the contract's
 * (typed from the schema by gql.tada).
 */
import type { InspectionStatus, PhaseKind, ProgrammeStatus } from '@cjji/contract/plan';

export * from '@cjji/contract/plan';

export const phaseNames: Record<PhaseKind, string> = {
  SCOPING: 'Scoping',
  FIELDWORK: 'Fieldwork',
  REPORTING: 'Reporting',
  PUBLICATION: 'Publication',
};
export const programmeStatusNames: Record<ProgrammeStatus, string> = {
  DRAFT: 'Draft',
  AGREED: 'Agreed',
  PUBLISHED: 'Published',
  SUPERSEDED: 'Superseded',
};
export const inspectionStatusNames: Record<InspectionStatus, string> = {
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
  PUBLISHED: 'Published',
  CANCELLED: 'Cancelled',
};
