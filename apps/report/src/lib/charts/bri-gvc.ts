import { gvcPosition, quantile } from '@dtr/core';
import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { Edition } from '$lib/edition/edition';
import type { ChartCopy } from '$lib/story/story';
import type { ChartPayload } from './payload';
import { framePayload } from './frame-payload';

/**
 * Trade-based GVC participation (ADB MRIO, Borin–Mancini: backward + forward, share of gross exports) in one year for
 * China and the Belt and Road members the tables cover, ranked; with China's backward/forward split and a position
 * index built from them.
 */
export interface BriGvc {
  year: number;
  rows: { code: string; participation: number; backward: number; forward: number; position: number }[];
  memberMedian: number;
  chinaHighTech: number;
  sourceIds: string[];
}

/** `isMember(code, year)`: membership at the end of the figure's year, so a member that left later still counts. */
/** `series`: the total, backward, forward and high-tech-manufacturing participation series. */
export function briGvc(
  edition: Edition,
  isMember: (code: string, year: number) => boolean,
  series: { total: string; backward: string; forward: string; highTech: string }
): BriGvc {
  const total = edition.series(series.total);
  const back = edition.series(series.backward);
  const fwd = edition.series(series.forward);
  const hiTech = edition.series(series.highTech);
  const year = total.years[total.years.length - 1];
  const at = (s: typeof total, code: string) => s.values[code]?.[s.years.indexOf(year)] ?? null;
  const codes = Object.keys(total.values).filter((c) => (c === 'CHN' || isMember(c, year)) && at(total, c) !== null);
  const b = Float64Array.from(codes, (c) => at(back, c) ?? NaN);
  const f = Float64Array.from(codes, (c) => at(fwd, c) ?? NaN);
  // Shares of gross exports already: gross exports = 1. Forward (indirect value added) over backward (foreign value added).
  const position = gvcPosition(f, b, new Float64Array(codes.length).fill(1));
  const rows = codes
    .map((code, i) => ({ code, participation: at(total, code)!, backward: b[i], forward: f[i], position: position[i] }))
    .sort((x, y) => y.participation - x.participation || x.code.localeCompare(y.code));
  const members = Float64Array.from(
    rows.filter((r) => r.code !== 'CHN'),
    (r) => r.participation
  );
  const hi = at(hiTech, 'CHN');
  if (hi === null) throw new Error(`No high-tech manufacturing GVC participation for China in ${year}`);
  return {
    year,
    rows,
    memberMedian: quantile(members, 0.5),
    chinaHighTech: hi,
    sourceIds: [...new Set([total.sourceId, back.sourceId, fwd.sourceId])]
  };
}

const MEASURES = ['participation', 'backward', 'forward'] as const;

/** Beeswarm with a row per measure (participation, backward, forward), one dot per economy; CSV adds the position. */
export function briGvcChart(
  m: BriGvc,
  o: { id: string; copy: ChartCopy; locale: Locale; manifest: Manifest; names: (code: string) => string }
): ChartPayload {
  const num = (v: number) => (Number.isFinite(v) ? v : null);
  const label = (k: string) => (o.copy.series ?? {})[k] ?? k;
  return {
    kind: 'beeswarm',
    ...framePayload({
      id: o.id,
      copy: o.copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: m.sourceIds,
      columns: ['code', 'economy', 'participation', 'backward', 'forward', 'position'],
      rows: m.rows.map((r) => ({
        code: r.code,
        economy: o.names(r.code),
        participation: r.participation,
        backward: num(r.backward),
        forward: num(r.forward),
        position: num(r.position)
      }))
    }),
    format: { digits: 2 },
    props: {
      data: MEASURES.flatMap((k) =>
        m.rows
          .filter((r) => Number.isFinite(r[k]))
          .map((r) => ({ id: r.code, label: o.names(r.code), value: r[k], group: k }))
      ),
      groups: MEASURES.map((key) => ({ key, label: label(key) }))
    }
  };
}
