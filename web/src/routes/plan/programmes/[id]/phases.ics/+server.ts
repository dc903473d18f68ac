/** The programme's phases as an iCalendar feed, one all-day event per phase, for calendar apps. */
import { error } from '@sveltejs/kit';
import ical from 'ical-generator';
import { runQuery } from '#lib/graphql/client.ts';
import { phaseNames, programmePlanQuery } from '#lib/graphql/plan.ts';
import type { RequestHandler } from './$types';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const GET: RequestHandler = async ({ params, fetch, url }) => {
  const { data, problems } = await runQuery(fetch, programmePlanQuery, { id: params.id });
  if (problems.length || !data?.programme) error(404, 'Page not found');
  const programme = data.programme;
  const calendar = ical({
    name: programme.title,
    prodId: {
      company: 'Criminal justice joint inspections',
      product: 'Plan and track joint inspections',
      language: 'EN',
    },
  });
  for (const inspection of programme.inspections.filter((i) => i.status !== 'CANCELLED')) {
    for (const phase of inspection.phases) {
      const start = day(phase.actualStart ?? phase.plannedStart);
      const end = day(phase.actualEnd ?? phase.plannedEnd);
      calendar.createEvent({
        id: `${phase.id}@${url.host}`,
        allDay: true,
        start,
        // All-day events end on the day after their last day.
        end: new Date(end.getTime() + 86_400_000),
        summary: `${phaseNames[phase.kind]}: ${inspection.title}`,
        description: [
          `${inspection.leadInspectorate.shortName}${inspection.partnerInspectorates.length ? ` with ${inspection.partnerInspectorates.map((p) => p.shortName).join(', ')}` : ''}`,
          inspection.localities.length
            ? `Localities: ${inspection.localities.map((l) => l.name).join(', ')}`
            : '',
        ]
          .filter(Boolean)
          .join('\n'),
        url: `${url.origin}/plan/inspections/${encodeURIComponent(inspection.id)}`,
      });
    }
  }
  return new Response(calendar.toString(), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
