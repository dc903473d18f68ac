import { publishedPlansDataset, ratingsDataset } from '#lib/server/open-data.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
  datasets: [ratingsDataset, publishedPlansDataset].map((dataset) => ({
    name: dataset.name,
    columns: dataset.columns,
  })),
});
