/** The programme as CSV, one row per phase, with stable column names for spreadsheets. */
import { error } from '@sveltejs/kit';
import { runQuery } from '#lib/graphql/client.ts';
import { toCsv } from '#lib/server/csv.ts';
import { phaseNames, programmePlanQuery } from '#lib/graphql/plan.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, fetch }) => {
  const { data, problems } = await runQuery(fetch, programmePlanQuery, { id: params.id });
  if (problems.length || !data?.programme) error(404, 'Page not found');
  const programme = data.programme;
  const rows = programme.inspections.flatMap((inspection) =>
    inspection.phases.map((phase) => ({
      programme: programme.title,
      programme_status: programme.status,
      inspection: inspection.title,
      inspection_kind: inspection.kind,
      victims_thematic: inspection.victimsThematic ? 'yes' : 'no',
      inspection_status: inspection.status,
      lead_inspectorate: inspection.leadInspectorate.shortName,
      partner_inspectorates: inspection.partnerInspectorates.map((p) => p.shortName).join('; '),
      localities: inspection.localities.map((l) => l.name).join('; '),
      phase: phaseNames[phase.kind],
      planned_start: phase.plannedStart,
      planned_end: phase.plannedEnd,
      actual_start: phase.actualStart ?? '',
      actual_end: phase.actualEnd ?? '',
      inspector_weeks: phase.staffing
        .map((s) => `${s.inspectorate.shortName} ${s.inspectorWeeks}`)
        .join('; '),
    })),
  );
  const csv = toCsv(rows, [
    'programme',
    'programme_status',
    'inspection',
    'inspection_kind',
    'victims_thematic',
    'inspection_status',
    'lead_inspectorate',
    'partner_inspectorates',
    'localities',
    'phase',
    'planned_start',
    'planned_end',
    'actual_start',
    'actual_end',
    'inspector_weeks',
  ]);
  const filename = programme.title
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}.csv"`,
    },
  });
};
