import type { FrameworkDefinition } from '../schema/types.ts';

export interface PillarCoverage {
  code: string;
  available: number;
  required: number;
}

/**
 * The per-pillar coverage rule for one unit: for each weighted pillar with a `minIndicators`, how many of its
 * indicators the unit has (`present[i]` in definition.indicators order) and how many the rule asks for. The unit
 * passes when no entry falls short.
 */
export function pillarCoverage({
  definition,
  present
}: {
  definition: FrameworkDefinition;
  present: boolean[];
}): PillarCoverage[] {
  return definition.aggregates
    .filter((a) => a.level === 2 && a.weight > 0 && a.minIndicators !== undefined)
    .map((a) => ({
      code: a.code,
      available: definition.indicators.filter((d, i) => d.pillar === a.code && present[i]).length,
      required: a.minIndicators as number
    }));
}
