import { toCsv } from '@dtr/ui';
import { chartEntries, chartFromParams } from '$lib/server/chart-params';
import type { EntryGenerator, RequestHandler } from './$types';

/** One chart's rows as CSV (`/charts/<edition>/<id>.csv`): what its frame's "Download CSV" saves on static embeds. */
export const prerender = true;

export const entries: EntryGenerator = chartEntries;

export const GET: RequestHandler = ({ params }) =>
  new Response(toCsv(chartFromParams(params)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
