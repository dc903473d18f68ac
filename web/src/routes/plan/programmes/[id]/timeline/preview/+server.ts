/**
 * The what-if preview the timeline asks for as moves are staged: the API's warnings and
 * direction checks for the staged dates, as JSON. Read-only; nothing is saved or shared.
 */
import { error, json } from '@sveltejs/kit';
import { runQuery } from '#lib/graphql/client.ts';
import { schedulePreviewQuery } from '#lib/graphql/timeline.ts';
import type { RequestHandler } from './$types';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

export const POST: RequestHandler = async ({ params, request, fetch }) => {
  const body = (await request.json().catch(() => null)) as { changes?: unknown } | null;
  const changes = Array.isArray(body?.changes) ? body.changes : null;
  if (
    !changes ||
    changes.length > 400 ||
    !changes.every(
      (c) =>
        c &&
        typeof c.phaseId === 'string' &&
        isoDay.test(c.plannedStart) &&
        isoDay.test(c.plannedEnd),
    )
  )
    error(400, 'Send the staged changes as { changes: [{ phaseId, plannedStart, plannedEnd }] }.');
  const { data, problems } = await runQuery(fetch, schedulePreviewQuery, {
    programmeId: params.id,
    changes: changes.map((c) => ({
      phaseId: c.phaseId,
      plannedStart: c.plannedStart,
      plannedEnd: c.plannedEnd,
    })),
  });
  if (problems.length || !data) return json({ problems }, { status: 400 });
  return json(data.schedulePreview);
};
