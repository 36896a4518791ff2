import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RAW_DIR, RAW_SOURCES, runsOnRaw } from '../../../test/raw-folder.ts';
import { editionSteps } from '../../edition/edition-steps.ts';
import { readNamesConfig } from '../../edition/read-names-config.ts';
import { createEtlContext } from '../etl-context.ts';
import { readTelegeographyRoutes } from '../read/read-telegeography-routes.ts';
import { telegeographyData } from '../series/telegeography-data.ts';
import { ROUTE_TOLERANCE, type CableMapFile } from './cable-map-file.ts';

const configDir = new URL('../../../editions/2026/config/', import.meta.url).pathname;
const committed = new URL('../../../editions/2026/geo/cables.json', import.meta.url).pathname;

/** Planar distance from (x, y) to the segment (x1, y1)–(x2, y2). */
const toSegment = (x: number, y: number, x1: number, y1: number, x2: number, y2: number) => {
  const [dx, dy] = [x2 - x1, y2 - y1];
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
};
const toLine = (x: number, y: number, line: number[]) => {
  if (line.length === 2) return Math.hypot(x - line[0], y - line[1]);
  let d = Infinity;
  for (let i = 0; i + 3 < line.length; i += 2)
    d = Math.min(d, toSegment(x, y, ...(line.slice(i, i + 4) as [number, number, number, number])));
  return d;
};

describe.skipIf(!runsOnRaw('telegeography_submarine_cables'))('cableMapFile on the full Nov-2022 files', () => {
  const ctx = createEtlContext(RAW_DIR, RAW_SOURCES);
  const step = editionSteps({ configDir }).find((s) => s.output === 'geo/cables.json')!;
  const built = step.build(ctx, new Map()) as CableMapFile;
  const routes = readTelegeographyRoutes(ctx);
  const data = telegeographyData({ ctx, names: readNamesConfig({ configDir }).telegeography });

  it('is the committed geo/cables.json, byte for byte in content (the ETL is its one source)', () => {
    expect(JSON.parse(readFileSync(committed, 'utf8'))).toEqual(JSON.parse(JSON.stringify(built)));
  });

  it('keeps all 526 cables and 1,436 landing points, each country with as many points as TeleGeography lists', () => {
    expect(built.cables).toHaveLength(526);
    const count = (country: string) => built.landingPoints.find((p) => p.country === country)!.lonLat.length / 2;
    expect(built.landingPoints.reduce((n, p) => n + p.lonLat.length / 2, 0)).toBe(1436);
    const raw = new Map<string, number>();
    for (const country of data.pointCountry.values()) raw.set(country, (raw.get(country) ?? 0) + 1);
    for (const [country, n] of raw) expect(count(country), country).toBe(n);
    expect(count('HKG')).toBe(7);
  });

  it(`draws every raw route vertex within ${ROUTE_TOLERANCE}° + 0.071° of rounding (≤ 1.12 px at the 1100 px layout, ≤ 5.05 px per degree)`, () => {
    let worst = 0;
    data.cables.forEach((c, i) => {
      const raw = routes.get(c.id)!;
      const lines = built.cables[i].lines;
      expect(built.cables[i].name).toBe(c.name);
      expect(lines).toHaveLength(raw.length);
      raw.forEach((line, j) => {
        for (const [lon, lat] of line) worst = Math.max(worst, toLine(lon, lat, lines[j]));
      });
    });
    console.log(
      `largest distance of a raw route vertex from the simplified route: ${worst.toFixed(4)}° (${(worst * 5.05).toFixed(2)} px at 1100 px)`
    );
    expect(worst).toBeLessThanOrEqual(ROUTE_TOLERANCE + Math.SQRT2 * 0.05 + 1e-9);
  });

  it('writes fewer route vertices than TeleGeography draws, and no cable id or landing point id the map does not use', () => {
    const vertices = (lines: number[][]) => lines.reduce((n, l) => n + l.length / 2, 0);
    const raw = [...routes.values()].reduce((n, lines) => n + lines.reduce((m, l) => m + l.length, 0), 0);
    const kept = built.cables.reduce((n, c) => n + vertices(c.lines), 0);
    console.log(`route vertices: ${raw} raw, ${kept} written`);
    expect(kept).toBeLessThan(raw * 0.75);
    expect(Object.keys(built.cables[0]).sort()).toEqual(['countries', 'lines', 'name', 'planned', 'rfsYear']);
    expect(Object.keys(built.landingPoints[0]).sort()).toEqual(['country', 'lonLat']);
  });
});
