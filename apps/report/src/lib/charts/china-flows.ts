import { tradeBalance } from '@dtr/core';
import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { Edition } from '$lib/edition/edition';
import type { ChartCopy } from '$lib/story/story';
import { columnAt } from './column-at';
import { flowsChart } from './flows-chart';
import type { ChartPayload } from './payload';

const keys = ['exports', 'imports', 'balance'] as const;

/** China's exports and imports of one kind from two edition series, and their balance. */
export interface ChinaFlows {
  years: number[];
  exports: number[];
  imports: number[];
  balance: number[];
  sourceIds: string[];
}

/** From the first year both series have to the last year both have (inner gaps stay as NaN). */
export function chinaFlows(edition: Edition, exportsId: string, importsId: string): ChinaFlows {
  const ex = edition.series(exportsId);
  const im = edition.series(importsId);
  const span = ex.years.filter((y) => im.years.includes(y));
  const e = columnAt(ex, 'CHN', span);
  const i = columnAt(im, 'CHN', span);
  const both = span.map((_, k) => Number.isFinite(e[k]) && Number.isFinite(i[k]));
  const [a, b] = [both.indexOf(true), both.lastIndexOf(true) + 1];
  const exports = e.slice(a, b);
  const imports = i.slice(a, b);
  return {
    years: span.slice(a, b),
    exports: [...exports],
    imports: [...imports],
    balance: [...tradeBalance(exports, imports)],
    sourceIds: [...new Set([ex.sourceId, im.sourceId])]
  };
}

/** Exports, imports and balance as three lines; the CSV has a row per year. */
export function chinaFlowsChart(
  m: ChinaFlows,
  copy: ChartCopy,
  o: { id: string; locale: Locale; manifest: Manifest }
): ChartPayload {
  return flowsChart({ ...o, keys, years: m.years, values: m, sourceIds: m.sourceIds, copy, format: { unit: 'US$' } });
}
