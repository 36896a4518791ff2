import type { Manifest, ProvincesFile } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { ChartCopy } from '$lib/story/story';
import type { ChartPayload, ValueFormat } from './payload';
import type { ProvincePanel } from './province-panel';
import { framePayload } from './frame-payload';

/** Tile map of one year of a provincial panel; CSV rows of province and value. */
export function provinceMap(
  m: ProvincePanel,
  o: {
    id: string;
    year: number;
    copy: ChartCopy;
    locale: Locale;
    manifest: Manifest;
    provinces: ProvincesFile;
    format: ValueFormat;
  }
): ChartPayload {
  const i = m.years.indexOf(o.year);
  if (i < 0) throw new Error(`${m.seriesId}: no year ${o.year}`);
  const name = new Map(o.provinces.provinces.map((p) => [p.code, p.name[o.locale]]));
  return {
    kind: 'provinces',
    ...framePayload({
      id: o.id,
      copy: o.copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: m.sourceIds,
      columns: ['code', 'province', 'value'],
      rows: m.codes.map((code) => ({ code, province: name.get(code) ?? code, value: m.values[code][i] }))
    }),
    format: o.format,
    props: { data: m.codes.map((code) => ({ code, value: m.values[code][i] })) }
  };
}
