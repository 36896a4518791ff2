import { briMemberOn, type BriFile, type CableMapFile, type Manifest } from '@dtr/data';
import { neutral, seriesColor, sequentialColor } from '@dtr/ui';
import { worldGeometry } from '@dtr/ui/world';
import { worldRoutes } from '@dtr/ui/world-routes';
import type { Locale } from '$lib/i18n/locale';
import type { ChartCopy } from '$lib/story/story';
import m49 from './iso3-m49.json';
import type { ChartPayload } from './payload';
import { framePayload } from './frame-payload';

/** Width the map and its routes are projected at (whole pixels); the chart scales them to its container. */
const MAP_WIDTH = 440;
/** Width the routes are projected at: a pixel is about 1° of longitude, enough for an overview of 526 systems. */
const ROUTES_WIDTH = 360;
/** Mainland China and its special administrative regions, highlighted together on the map. */
const CHINA = ['CHN', 'HKG', 'MAC'];

/**
 * World map of submarine cables (TeleGeography, Nov 2022): countries shaded China / BRI member (as of the data's date),
 * routes coloured by whether they land in China, in a BRI member or elsewhere, planned routes dashed; landing points as
 * dots. Everything projected at build time; the CSV lists every cable and where it lands.
 */
export function cableMapChart(o: {
  id: string;
  copy: ChartCopy;
  locale: Locale;
  manifest: Manifest;
  map: CableMapFile;
  bri: BriFile;
}): ChartPayload {
  const label = (k: string) => (o.copy.labels ?? {})[k] ?? k;
  const codes = (m49 as { codes: Record<string, string> }).codes;
  const isBri = (code: string) => briMemberOn(code, o.map.asOf, o.bri);
  const landsIn = (countries: string[]) =>
    countries.some((c) => CHINA.includes(c)) ? 'china' : countries.some(isBri) ? 'bri' : 'other';
  const category = (c: CableMapFile['cables'][number]) => `${landsIn(c.countries)}${c.planned ? '-planned' : ''}`;
  const countryCodes = [...new Set(o.map.landingPoints.map((p) => p.country))];
  const countryData = [...new Set([...countryCodes, ...o.bri.members.map((m) => m.code), ...CHINA])]
    .filter((code) => codes[code] && (CHINA.includes(code) || isBri(code)))
    .map((code) => ({ id: codes[code], category: CHINA.includes(code) ? 'china' : 'bri' }));
  const overlay = worldRoutes({
    width: ROUTES_WIDTH,
    routes: o.map.cables.map((c) => ({ category: category(c), lines: c.lines })),
    points: o.map.landingPoints.flatMap((p) =>
      Array.from({ length: p.lonLat.length / 2 }, (_, i) => ({
        category: 'point',
        lon: p.lonLat[2 * i],
        lat: p.lonLat[2 * i + 1]
      }))
    )
  });
  return {
    kind: 'world',
    ...framePayload({
      id: o.id,
      copy: o.copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: [o.map.sourceId, o.bri.sourceId],
      columns: ['cable', 'rfs', 'status', 'lands'],
      // Cable systems have no names but their own (TeleGeography's): marked as English on a page in another language.
      ...(o.locale === 'en' ? {} : { columnLangs: { cable: { lang: 'en' } } }),
      rows: o.map.cables.map((c) => ({
        cable: c.name,
        rfs: c.rfsYear,
        status: label(c.planned ? 'planned' : 'in-service'),
        lands: label(`lands-${landsIn(c.countries)}`)
      }))
    }),
    props: {
      // Under half the story map’s resolution: with 526 routes on top, the payload stays within the chart budget.
      geometry: worldGeometry(MAP_WIDTH),
      data: countryData,
      categories: [
        { key: 'china', label: label('country-china'), color: sequentialColor(3) },
        { key: 'bri', label: label('country-bri'), color: sequentialColor(1) }
      ],
      missing: { label: label('country-other'), color: neutral },
      overlay,
      overlayCategories: [
        { key: 'china', label: label('route-china'), color: seriesColor(1) },
        { key: 'china-planned', label: label('route-china-planned'), color: seriesColor(1), dashed: true },
        { key: 'bri', label: label('route-bri'), color: seriesColor(0) },
        { key: 'bri-planned', label: label('route-bri-planned'), color: seriesColor(0), dashed: true },
        { key: 'other', label: label('route-other'), color: seriesColor(6) },
        { key: 'other-planned', label: label('route-other-planned'), color: seriesColor(6), dashed: true },
        { key: 'point', label: label('point'), color: seriesColor(4) }
      ]
    }
  };
}
