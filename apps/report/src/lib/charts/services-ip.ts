import { tradeBalance } from '@dtr/core';
import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { Edition } from '$lib/edition/edition';
import type { ChartCopy } from '$lib/story/story';
import { columnAt } from './column-at';
import { flowsChart } from './flows-chart';
import type { ChartPayload } from './payload';

/** "China's charges for the use of intellectual property": receipts, payments and their balance (WDI, BoP). */
export const SERVICES_IP = 'services-ip';

const keys = ['receipts', 'payments', 'balance'] as const;

export interface ServicesIp {
  years: number[];
  receipts: number[];
  payments: number[];
  balance: number[];
  sourceIds: string[];
}

/** China's IP charges for the years both WDI series have a value, up to the last such year. */
export function servicesIp(edition: Edition, o: { receipts: string; payments: string }): ServicesIp {
  const rec = edition.series(o.receipts);
  const pay = edition.series(o.payments);
  const span = rec.years.filter((y) => pay.years.includes(y));
  const r = columnAt(rec, 'CHN', span);
  const p = columnAt(pay, 'CHN', span);
  const keep = span.map((_, i) => Number.isFinite(r[i]) && Number.isFinite(p[i]));
  const last = keep.lastIndexOf(true);
  const years = span.slice(0, last + 1);
  const receipts = r.slice(0, last + 1);
  const payments = p.slice(0, last + 1);
  return {
    years,
    receipts: [...receipts],
    payments: [...payments],
    balance: [...tradeBalance(receipts, payments)],
    sourceIds: [...new Set([rec.sourceId, pay.sourceId])]
  };
}

export function servicesIpChart(
  m: ServicesIp,
  copy: ChartCopy,
  o: { locale: Locale; manifest: Manifest }
): ChartPayload {
  return flowsChart({
    ...o,
    id: SERVICES_IP,
    keys,
    years: m.years,
    values: m,
    sourceIds: m.sourceIds,
    copy,
    format: { unit: 'US$' }
  });
}
