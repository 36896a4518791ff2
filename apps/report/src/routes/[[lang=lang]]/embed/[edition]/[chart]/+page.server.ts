import { chartEntries, chartFromParams } from '$lib/server/chart-params';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = chartEntries;

// A chart embed needs no framework in the browser: the prerendered chart, plus /embed-frame.js for resizing and the
// frame's buttons (see src/lib/embed/embed-frame.ts), keeps the page's JavaScript to a few kilobytes.
export const csr = false;

export const load: PageServerLoad = ({ params }) => ({ chart: chartFromParams(params) });
