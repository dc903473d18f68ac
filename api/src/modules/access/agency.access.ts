/**
 * Who may manage the directory of agencies: administrators add, rename, close and reopen agencies and
 * import them from files. Called by the mutations' scopes and the `viewerCan` fields alike.
 */
import { isAdministrator, type Viewer } from './viewer.ts';

export const mayManageAgencies = (viewer: Viewer | null) => isAdministrator(viewer);

export interface AgencyAbilities {
  rename: boolean;
  close: boolean;
  reopen: boolean;
}

export const agencyAbilities = (
  viewer: Viewer | null,
  agency: { closedOn: Date | null },
): AgencyAbilities => ({
  rename: mayManageAgencies(viewer),
  close: mayManageAgencies(viewer) && !agency.closedOn,
  reopen: mayManageAgencies(viewer) && !!agency.closedOn,
});
