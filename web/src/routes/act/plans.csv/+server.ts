import { stringify } from 'csv-stringify/sync';
import { londonToday } from '#lib/dates.ts';
import { runQuery } from '#lib/graphql/client.ts';
import { planStatusNames, type ActionPlanStatus } from '#lib/graphql/act.ts';
import { partyNames, planListQuery, type PlanListPage } from '#lib/graphql/act-list.ts';
import { planChoicesFrom, planVariables } from '../plan-filter.ts';
import type { RequestHandler } from './$types';

/** Up to this many plans per file, read 500 at a time in the list's order. */
const exportLimit = 20_000;
const batch = 500;

/** A spreadsheet cell that starts like a formula is read as text. */
const cell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export const GET: RequestHandler = async ({ fetch, url }) => {
  const choices = planChoicesFrom(url);
  const rows: PlanListPage['items'] = [];
  for (let page = 1; rows.length < exportLimit; page += 1) {
    const { data } = await runQuery(fetch, planListQuery, planVariables(choices, page, batch));
    if (!data) break;
    rows.push(...data.actionPlanPage.items);
    if (data.actionPlanPage.items.length < batch) break;
  }
  const csv = stringify(
    rows.map((plan) => ({
      title: cell(plan.title),
      agency: cell(plan.agency.name),
      status: planStatusNames[plan.status as ActionPlanStatus] ?? plan.status,
      waiting_on: plan.waitingOn ? partyNames[plan.waitingOn] : '',
      reviewed_by: plan.reviewingInspectorate.shortName,
      laid_by: plan.responsibleMinister.title,
    })),
    {
      header: true,
      columns: ['title', 'agency', 'status', 'waiting_on', 'reviewed_by', 'laid_by'],
    },
  );
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="action-plans-${londonToday()}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
};
