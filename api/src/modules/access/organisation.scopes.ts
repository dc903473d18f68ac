/** Scopes about the viewer's roles and the organisations they hold them for, with no record to read. */
import type { Context } from '../../context.ts';
import { decodeId } from '../shared/ids.ts';
import type { ScopeChecks } from './scope.ts';
import {
  agenciesEditedBy,
  isAdministrator,
  isInspectorateLead,
  isInspectorateStaff,
  isMinisterOffice,
  isOverseer,
  mayActForMinisters,
  mayEditFor,
  mayLeadFor,
  mayPlanFor,
} from './viewer.ts';

export interface OrganisationScopes {
  signedIn: boolean;
  administrator: boolean;
  /** A planner or lead of any inspectorate. */
  inspectorateStaff: boolean;
  /** A lead of any inspectorate. */
  inspectorateLead: boolean;
  /** Inspectorate staff, a minister's office or an administrator. */
  overseer: boolean;
  /** Inspectorate (global id): its planners and leads. */
  plannerFor: string;
  /** Inspectorate (global id): its leads. */
  leadFor: string;
  /** Ministers (global ids): the offices of every one of them (administrators for any). */
  ministerOfficeFor: string[];
  /** The office of any directing minister: corrects a direction, which is theirs together. */
  ministerOffice: boolean;
  /** Agency (global id): its editors and approvers. */
  agencyEditorFor: string;
}

export function organisationScopes(ctx: Context): ScopeChecks<OrganisationScopes> {
  const viewer = ctx.viewer;
  const admin = isAdministrator(viewer);
  const staff = isInspectorateStaff(viewer);
  const lead = isInspectorateLead(viewer);
  return {
    signedIn: !!viewer,
    administrator: admin,
    inspectorateStaff: staff,
    inspectorateLead: lead,
    overseer: isOverseer(viewer),
    plannerFor: (globalId) => {
      const id = decodeId('Inspectorate', globalId);
      return id ? mayPlanFor(viewer, [id]) : staff;
    },
    leadFor: (globalId) => {
      const id = decodeId('Inspectorate', globalId);
      return id ? mayLeadFor(viewer, [id]) : lead;
    },
    ministerOffice: isMinisterOffice(viewer),
    ministerOfficeFor: (globalIds) => {
      const ids = globalIds.map((globalId) => decodeId('Minister', globalId));
      // Each minister's office acts for its own minister only: all named must be served.
      if (!ids.length || !ids.every((id) => id)) return isMinisterOffice(viewer);
      return ids.every((id) => mayActForMinisters(viewer, [id]));
    },
    agencyEditorFor: (globalId) => {
      const id = decodeId('Agency', globalId);
      return id ? mayEditFor(viewer, id) : admin || agenciesEditedBy(viewer).size > 0;
    },
  };
}
