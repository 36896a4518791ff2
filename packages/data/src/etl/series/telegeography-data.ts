import { posix } from 'node:path';
import type { EtlContext } from '../etl-context.ts';
import { CABLE_ROLE, type Cable, readTelegeographyCables } from '../read/read-telegeography-cables.ts';
import { type LandingPoint, readTelegeographyLandingPoints } from '../read/read-telegeography-landing-points.ts';
import type { NamesConfig } from '../../schema/names-config.ts';

export interface TelegeographyData {
  points: Map<string, LandingPoint>;
  cables: Cable[];
  /** Landing point id → ISO3, as the cables that land there give it. */
  pointCountry: Map<string, string>;
  /** The folder of the per-cable files (where each count's observations come from). */
  cableFolder: string;
}

const CACHE = new WeakMap<EtlContext, TelegeographyData>();

/** Landing points and cables, read once per build however many series steps use them. */
export function telegeographyData(options: { ctx: EtlContext; names: NamesConfig['telegeography'] }): TelegeographyData {
  const cached = CACHE.get(options.ctx);
  if (cached) return cached;
  const points = readTelegeographyLandingPoints(options.ctx);
  const cables = readTelegeographyCables({
    ctx: options.ctx,
    points,
    countryOverrides: options.names.countryOverrides,
    areas: options.names.areas
  });
  const pointCountry = new Map(cables.flatMap((c) => c.landingPoints.map((lp) => [lp.id, lp.country] as const)));
  const cableFolder = posix.dirname(options.ctx.rawFile({ role: CABLE_ROLE, placeholder: '<id>' }));
  const data = { points, cables, pointCountry, cableFolder };
  CACHE.set(options.ctx, data);
  return data;
}
