import type { BriFile, CountriesFile, GroupsFile, Manifest } from '@dtr/data';
import { briMemberOn } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { ChartCopy } from '$lib/story/story';
import m49 from './iso3-m49.json';
import type { ChartPayload } from './payload';
import { framePayload } from './frame-payload';
import { seriesColor, sequentialColor } from '@dtr/ui';
import { worldGeometry } from '@dtr/ui/world';

/** The categories of the map that are not a join-year band (the bands are the edition's, entities/groups.json). */
export const UNDATED = 'undated';
export const EXITED = 'exited';
export const CHINA = 'china';

/** The Belt and Road list as the map and the count chart show it. */
export interface BriMembership {
  asOf: string;
  listed: number;
  /** Join-year bands of the map, in legend order (the edition's entities/groups.json). */
  bands: GroupsFile['briJoinBands'];
  members: { code: string; joined: string | null; exited: string | null; category: string }[];
  /** Members at the end of each year (from the first join year to the list's year), by `briMemberOn`: members without a
   * join date count from the list's `unknownJoinDate`. */
  years: number[];
  atYearEnd: number[];
  /** Members on the first day after the list was compiled (Italy already out). */
  onDate: { date: string; count: number };
  undated: string[];
  exited: { code: string; date: string }[];
  sourceIds: string[];
}

export function briMembership(bri: BriFile, bands: GroupsFile['briJoinBands']): BriMembership {
  const category = (m: BriFile['members'][number]) => {
    if (m.exited) return EXITED;
    if (!m.joined) return UNDATED;
    const band = bands.find((b) => b.members.includes(m.code));
    if (!band) throw new Error(`entities/groups.json: expected a BRI join band with ${m.code}, got none`);
    return band.key;
  };
  const members = bri.members.map((m) => ({ ...m, category: category(m) }));
  const first = Math.min(...bri.members.map((m) => Number((m.joined ?? bri.unknownJoinDate).slice(0, 4))));
  const last = Number(bri.asOf.slice(0, 4));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const count = (date: string) => bri.members.filter((m) => briMemberOn(m.code, date, bri)).length;
  const next = `${last + 1}-01-01`;
  return {
    asOf: bri.asOf,
    listed: bri.members.length,
    bands,
    members,
    years,
    atYearEnd: years.map((y) => count(`${y}-12-31`)),
    onDate: { date: next, count: count(next) },
    undated: members.filter((m) => m.category === UNDATED).map((m) => m.code),
    exited: bri.members.filter((m) => m.exited).map((m) => ({ code: m.code, date: m.exited! })),
    sourceIds: [bri.sourceId]
  };
}

/** World map: members coloured by join-year band, undated members and the exit as their own categories. */
export function briMapChart(
  m: BriMembership,
  o: { id: string; copy: ChartCopy; locale: Locale; manifest: Manifest; countries: CountriesFile }
): ChartPayload {
  const label = (k: string) => (o.copy.labels ?? {})[k] ?? k;
  const name = new Map(o.countries.entities.map((e) => [e.code, e.name[o.locale]]));
  const codes = (m49 as { codes: Record<string, string> }).codes;
  return {
    kind: 'world',
    ...framePayload({
      id: o.id,
      copy: o.copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: m.sourceIds,
      columns: ['code', 'economy', 'joined', 'exited', 'category'],
      rows: m.members.map((d) => ({
        code: d.code,
        economy: name.get(d.code) ?? d.code,
        joined: d.joined,
        exited: d.exited,
        category: label(d.category)
      }))
    }),
    props: {
      geometry: worldGeometry(),
      data: [
        ...m.members.filter((d) => codes[d.code]).map((d) => ({ id: codes[d.code], category: d.category })),
        // China launched the initiative and is not on its own list; it is marked so the map reads from it.
        { id: codes.CHN, category: CHINA }
      ],
      // Join years on the blue scale; members without a date in a quiet grey (Russia's area must not dominate);
      // "not on the list" a lighter grey, at least ΔE 15 from the palest blue (see bri-membership.test.ts).
      categories: [
        ...m.bands.map((b, i) => ({ key: b.key, label: label(b.key), color: sequentialColor(i) })),
        { key: UNDATED, label: label(UNDATED), color: 'var(--dtr-map-undated, #8a8f98)' },
        { key: EXITED, label: label(EXITED), color: seriesColor(1) },
        { key: CHINA, label: label(CHINA), color: seriesColor(3) }
      ],
      missing: { label: label('none'), color: 'var(--dtr-map-none, #bcc0c6)' }
    }
  };
}

/** Bars: members at the end of each year; CSV of the same counts. */
export function briCountChart(
  m: BriMembership,
  o: { id: string; copy: ChartCopy; locale: Locale; manifest: Manifest }
): ChartPayload {
  return {
    kind: 'bar',
    ...framePayload({
      id: o.id,
      copy: o.copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: m.sourceIds,
      columns: ['year', 'members'],
      rows: m.years.map((year, i) => ({ year, members: m.atYearEnd[i] }))
    }),
    format: { digits: 0 },
    props: {
      data: m.years.map((y, i) => ({ id: String(y), label: String(y), values: { members: m.atYearEnd[i] } })),
      series: [{ key: 'members', label: (o.copy.series ?? {}).members ?? 'members' }]
    }
  };
}
