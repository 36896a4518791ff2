import { render } from 'svelte/server';
import ChartView from '$lib/charts/ChartView.svelte';
import type { Locale } from '$lib/i18n/locale';
import { storyData } from './story-data';

// A ChartSlot as the server renders it: the slot element, then the empty {@html} block (its hash comment and end
// marker), which is where the chart's markup goes.
const slot =
  /(<div [^>]*data-chart-slot="(\d{4}):([a-z0-9-]+)" data-highlight="([^"]*)"[^>]*>)(<!--[a-z0-9]*-->)(<!---->)/g;

const cache = new Map<string, string>();

/** The static markup of one story chart in its compact frame, as ChartView renders it, without hydration comments. */
function chartMarkup(locale: Locale, edition: number, id: string, highlight: string): string {
  const key = `${locale}/${edition}/${id}/${highlight}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const chart = storyData(edition, locale).charts[id];
  if (!chart) throw new Error(`A chart slot names ${edition}:${id}, which edition ${edition} does not have`);
  const { body } = render(ChartView, {
    props: { chart, highlight: highlight || null, compact: true },
    idPrefix: `${id}-`
  });
  const markup = body.replace(/<!--[\s\S]*?-->/g, '');
  cache.set(key, markup);
  return markup;
}

/**
 * Fills every chart slot of a rendered page with its chart's static markup. The page's data then carries no chart
 * payloads (the browser fetches a chart's slice when the reader gets near it), and hydration keeps this markup because
 * Svelte leaves server-rendered {@html} content in place.
 */
export function fillChartSlots(html: string, locale: Locale): string {
  return html.replace(
    slot,
    (_, open: string, edition: string, id: string, highlight: string, start: string, end: string) =>
      open + start + chartMarkup(locale, Number(edition), id, decodeAttribute(highlight)) + end
  );
}

function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');
}
