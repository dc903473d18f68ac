import { download, ratingsDataset } from '#lib/server/open-data.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ fetch }) => download(ratingsDataset, 'json', fetch);
