/**
 * The open data downloads: stable column names, one row per rating or per published plan
 * action, the same rows as CSV and as JSON. The ratings file's columns are the ones the ratings
 * import reads, so a download can be imported elsewhere without change.
 */
import { openDataPlansQuery, openDataRatingsQuery } from '@cjji/contract/open-data';
import { toCsv } from './csv.ts';
import { runQuery } from '../graphql/client.ts';

export interface Dataset<Row> {
  name: string;
  columns: Array<{ key: keyof Row & string; meaning: string }>;
  rows: (fetch: typeof globalThis.fetch) => Promise<Row[]>;
}

type RatingRow = Record<
  | 'agency'
  | 'agency_kind'
  | 'region'
  | 'framework'
  | 'framework_version'
  | 'area'
  | 'grade'
  | 'common_grade'
  | 'rated_on'
  | 'rationale',
  string
>;

export const ratingsDataset: Dataset<RatingRow> = {
  name: 'ratings',
  columns: [
    { key: 'agency', meaning: 'The agency rated, named as in the directory of agencies.' },
    { key: 'agency_kind', meaning: 'Police force, CPS area, probation region, prison and so on.' },
    {
      key: 'region',
      meaning: 'The region the agency is grouped under for comparison; empty if none.',
    },
    { key: 'framework', meaning: "The inspectorate's grading framework, for example PEEL." },
    {
      key: 'framework_version',
      meaning: 'The version of the framework the grade was given under.',
    },
    { key: 'area', meaning: 'What was graded, for example Treatment of victims.' },
    { key: 'grade', meaning: "The grade on the framework's own scale." },
    {
      key: 'common_grade',
      meaning:
        "The grade on the common victims' treatment scale: Outstanding, Good, Adequate, Requires improvement or Inadequate.",
    },
    { key: 'rated_on', meaning: 'The date of the rating, YYYY-MM-DD.' },
    { key: 'rationale', meaning: 'The published reason for the grade.' },
  ],
  rows: async (fetch) => {
    const { data } = await runQuery(fetch, openDataRatingsQuery, {});
    return data!.ratings.map((r) => ({
      agency: r.agency.name,
      agency_kind: r.agency.kind.name,
      region: r.agency.region ?? '',
      framework: r.framework.name,
      framework_version: r.framework.version,
      area: r.area.name,
      grade: r.grade.label,
      common_grade: r.grade.commonGrade.label,
      rated_on: r.ratedOn,
      rationale: r.rationale,
    }));
  },
};

type PlanRow = Record<
  | 'agency'
  | 'plan'
  | 'status'
  | 'responsible_minister'
  | 'laid_on'
  | 'paper_reference'
  | 'published_on'
  | 'published_by'
  | 'published_url'
  | 'action'
  | 'action_owner'
  | 'target_date'
  | 'action_status'
  | 'latest_progress'
  | 'latest_progress_on',
  string
>;

export const publishedPlansDataset: Dataset<PlanRow> = {
  name: 'published-plans',
  columns: [
    { key: 'agency', meaning: 'The agency that owes the plan.' },
    { key: 'plan', meaning: 'The title of the action plan.' },
    {
      key: 'status',
      meaning: 'PUBLISHED, IN_FOLLOW_UP or CLOSED: only plans the public may read are included.',
    },
    { key: 'responsible_minister', meaning: 'The minister who laid the plan before Parliament.' },
    { key: 'laid_on', meaning: 'The date it was laid before Parliament, YYYY-MM-DD.' },
    { key: 'paper_reference', meaning: 'The reference of the paper laid.' },
    {
      key: 'published_on',
      meaning:
        'For a police force, the date its local policing body published it; empty otherwise.',
    },
    { key: 'published_by', meaning: 'The local policing body that published it.' },
    { key: 'published_url', meaning: 'Where it was published.' },
    { key: 'action', meaning: 'One action of the plan; a plan has one row per action.' },
    { key: 'action_owner', meaning: 'Who owns the action.' },
    { key: 'target_date', meaning: 'When the action is due, YYYY-MM-DD.' },
    { key: 'action_status', meaning: 'NOT_STARTED, IN_PROGRESS, DONE or DROPPED.' },
    { key: 'latest_progress', meaning: 'The latest progress reported on the action.' },
    {
      key: 'latest_progress_on',
      meaning: 'When that progress was reported, as an ISO 8601 date and time.',
    },
  ],
  rows: async (fetch) => {
    const { data } = await runQuery(fetch, openDataPlansQuery, {});
    return data!.actionPlans.flatMap((plan) =>
      plan.actions.map((action) => ({
        agency: plan.agency.name,
        plan: plan.title,
        status: plan.status,
        responsible_minister: plan.responsibleMinister.title,
        laid_on: plan.laidOn ?? '',
        paper_reference: plan.paperReference ?? '',
        published_on: plan.publishedOn ?? '',
        published_by: plan.publishedBy?.name ?? '',
        published_url: plan.publishedUrl ?? '',
        action: action.description,
        action_owner: action.owner,
        target_date: action.targetDate,
        action_status: action.status,
        latest_progress: action.progress[0]?.note ?? '',
        latest_progress_on: action.progress[0]?.recordedAt ?? '',
      })),
    );
  },
};

export async function download<Row extends Record<string, string>>(
  dataset: Dataset<Row>,
  format: 'csv' | 'json',
  fetch: typeof globalThis.fetch,
): Promise<Response> {
  const rows = await dataset.rows(fetch);
  const headers = {
    'content-disposition': `attachment; filename="${dataset.name}.${format}"`,
    'cache-control': 'public, max-age=300',
  };
  if (format === 'json')
    return new Response(JSON.stringify(rows, null, 2), {
      headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
    });
  return new Response(
    toCsv(
      rows,
      dataset.columns.map((c) => c.key),
    ),
    { headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' } },
  );
}
