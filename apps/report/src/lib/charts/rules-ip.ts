import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { Edition } from '$lib/edition/edition';
import type { ChartCopy } from '$lib/story/story';
import type { ChartPayload } from './payload';
import { framePayload } from './frame-payload';

/** Charges for the use of intellectual property, received and paid, in the last year all `codes` report (WDI, US$). */
export interface RulesIp {
  year: number;
  rows: { code: string; receipts: number; payments: number }[];
  sourceIds: string[];
}

export function rulesIp(
  edition: Edition,
  { codes, receipts, payments }: { codes: string[]; receipts: string; payments: string }
): RulesIp {
  const rec = edition.series(receipts);
  const pay = edition.series(payments);
  const value = (s: typeof rec, code: string, y: number) => {
    const v = s.values[code]?.[s.years.indexOf(y)];
    return v == null ? null : v * s.scale;
  };
  const year = [...rec.years]
    .reverse()
    .find((y) => pay.years.includes(y) && codes.every((c) => value(rec, c, y) !== null && value(pay, c, y) !== null));
  if (year === undefined) throw new Error(`No year with IP charges for all of ${codes.join(', ')}`);
  return {
    year,
    rows: codes.map((code) => ({ code, receipts: value(rec, code, year)!, payments: value(pay, code, year)! })),
    sourceIds: [...new Set([rec.sourceId, pay.sourceId])]
  };
}

/** Grouped bars per economy: receipts and payments; CSV of the same values. */
export function rulesIpChart(
  m: RulesIp,
  o: { id: string; copy: ChartCopy; locale: Locale; manifest: Manifest; names: (code: string) => string }
): ChartPayload {
  const series = (o.copy.series ?? {}) as Record<string, string>;
  return {
    kind: 'bar',
    ...framePayload({
      id: o.id,
      copy: o.copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: m.sourceIds,
      columns: ['economy', 'receipts', 'payments'],
      rows: m.rows.map((r) => ({ economy: o.names(r.code), receipts: r.receipts, payments: r.payments }))
    }),
    format: { unit: 'US$' },
    props: {
      data: m.rows.map((r) => ({
        id: r.code,
        label: o.names(r.code),
        values: { receipts: r.receipts, payments: r.payments }
      })),
      series: [
        { key: 'receipts', label: series.receipts ?? 'receipts' },
        { key: 'payments', label: series.payments ?? 'payments' }
      ]
    }
  };
}
