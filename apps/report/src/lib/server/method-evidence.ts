import type { FrameworkFile, IndexAudit } from '@dtr/data';

/** Spearman's ρ at or above which two indicators of one pillar are taken to measure the same thing. */
export const REDUNDANT_RHO = 0.9;

/** The audit's numbers behind the method page's redundancy, inclusion and small-economy decisions (no computing). */
export interface MethodEvidence {
  /** Spearman's ρ of every pair of indicators within one weighted pillar (treated and normalised values). */
  pairs: { pillar: string; a: string; b: string; rho: number | null }[];
  /** The ranking without each weighted indicator: mean and largest absolute rank shift. */
  inclusion: { code: string; meanShift: number | null; maxShift: number | null }[];
  /** Each external measure: its Spearman ρ with the index and its two closest indicators (raw values). */
  external: { code: string; n: number; spearman: number | null; closest: { code: string; rho: number }[] }[];
  small: IndexAudit['smallEconomies'];
}

/** Reads the redundancy, inclusion and small-economy evidence out of the published audit. */
export function methodEvidence({ framework, audit }: { framework: FrameworkFile; audit: IndexAudit }): MethodEvidence {
  const { codes, matrix } = audit.correlation.spearman;
  const pillars = framework.aggregates.filter((p) => audit.audited.includes(p.code) && p.level === 2);
  const pairs = pillars.flatMap((p) => {
    const inside = framework.indicators.filter((i) => i.pillar === p.code).map((i) => i.code);
    return inside.flatMap((a, k) =>
      inside.slice(k + 1).map((b) => ({ pillar: p.code, a, b, rho: matrix[codes.indexOf(a)][codes.indexOf(b)] }))
    );
  });
  return {
    pairs,
    inclusion: Object.entries(audit.withoutIndicator).map(([code, s]) => ({ code, ...s })),
    external: Object.entries(audit.external).map(([code, x]) => ({
      code,
      n: x.n,
      spearman: x.spearman,
      closest: Object.entries(x.indicators)
        .filter((e): e is [string, number] => e[1] !== null)
        .sort((p, q) => q[1] - p[1])
        .slice(0, 2)
        .map(([c, rho]) => ({ code: c, rho }))
    })),
    small: audit.smallEconomies
  };
}
