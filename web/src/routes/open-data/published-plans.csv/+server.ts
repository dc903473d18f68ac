import { download, publishedPlansDataset } from '#lib/server/open-data.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ fetch }) => download(publishedPlansDataset, 'csv', fetch);
