import { csvFooter, toCsv } from '@dtr/ui';
import { frameSourceLinks } from '$lib/charts/frame-source-links';
import { chartEntries, chartFromParams } from '$lib/server/chart-params';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * One chart's rows as CSV (`/charts/<edition>/<id>.csv`), ending with its sources and licence: what its frame's
 * "Download CSV" saves on static embeds.
 */
export const prerender = true;

export const entries: EntryGenerator = chartEntries;

export const GET: RequestHandler = ({ params }) => {
  const chart = chartFromParams(params);
  const footer = csvFooter({ sources: frameSourceLinks(chart), licence: chart.licence, locale: chart.locale });
  return new Response(toCsv({ ...chart, footer }), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
