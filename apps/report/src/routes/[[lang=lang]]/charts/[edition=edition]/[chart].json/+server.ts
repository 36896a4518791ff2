import { json } from '@sveltejs/kit';
import { chartEntries, chartFromParams } from '$lib/server/chart-params';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * One chart's data slice (`/charts/<edition>/<id>.json`, `/zh/charts/…`): the payload the story page fetches to make a
 * prerendered chart interactive. Static files, one per chart, edition and locale.
 */
export const prerender = true;

export const entries: EntryGenerator = chartEntries;

export const GET: RequestHandler = ({ params }) => json(chartFromParams(params));
