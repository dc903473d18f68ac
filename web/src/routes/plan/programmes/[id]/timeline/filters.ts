/**
 * The timeline's filters, read from the address so that they work as a plain GET form: by
 * inspectorate (leading or partnering), kind, locality, and victims' thematics only.
 */
import type { PlanningInspection } from '#lib/graphql/timeline.ts';

export interface TimelineFilters {
  inspectorate: string;
  kind: '' | 'JOINT_THEMATIC' | 'CORE';
  locality: string;
  victims: boolean;
}

export function readFilters(params: URLSearchParams): TimelineFilters {
  const kind = params.get('kind');
  return {
    inspectorate: params.get('inspectorate') ?? '',
    kind: kind === 'JOINT_THEMATIC' || kind === 'CORE' ? kind : '',
    locality: params.get('locality') ?? '',
    victims: params.get('victims') === 'yes',
  };
}

export const filtering = (filters: TimelineFilters) =>
  !!(filters.inspectorate || filters.kind || filters.locality || filters.victims);

export function filterInspections(
  inspections: PlanningInspection[],
  filters: TimelineFilters,
): PlanningInspection[] {
  return inspections.filter(
    (inspection) =>
      (!filters.inspectorate ||
        inspection.leadInspectorate.id === filters.inspectorate ||
        inspection.partnerInspectorates.some((p) => p.id === filters.inspectorate)) &&
      (!filters.kind || inspection.kind === filters.kind) &&
      (!filters.locality || inspection.localities.some((l) => l.id === filters.locality)) &&
      (!filters.victims || inspection.victimsThematic),
  );
}
