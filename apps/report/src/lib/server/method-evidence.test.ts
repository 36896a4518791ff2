import { describe, expect, it } from 'vitest';
import { editionData } from './editions';
import { indexEditions } from './index-data';
import { methodEvidence, REDUNDANT_RHO } from './method-evidence';

describe('methodEvidence', () => {
  for (const year of indexEditions) {
    const { framework, results } = editionData(year);

    it(`edition ${year}: results.json holds the audit (pnpm edition build ${year} writes it)`, () => {
      expect(results?.audit?.schema).toBe(1);
    });
    if (!results?.audit) continue;
    const e = methodEvidence({ framework: framework!, audit: results.audit });

    it(`edition ${year}: every within-pillar pair of the weighted pillars, with the audit's Spearman ρ`, () => {
      const { codes, matrix } = results.audit!.correlation.spearman;
      // Goods 2 indicators (1 pair), Services 3 (3), DataInfra 3 (3); the weight-0 integration pillar has none audited.
      expect(e.pairs).toHaveLength(7);
      for (const p of e.pairs) expect(p.rho).toBe(matrix[codes.indexOf(p.a)][codes.indexOf(p.b)]);
      expect(e.pairs.every((p) => p.rho! < REDUNDANT_RHO)).toBe(true);
    });

    it(`edition ${year}: the IDI's closest indicator is internet use at ρ ≥ 0.9 (why it is external)`, () => {
      const idi = e.external.find((x) => x.code === 'IDI')!;
      expect(idi.closest[0].code).toBe('InternetUse');
      expect(idi.closest[0].rho).toBeGreaterThanOrEqual(REDUNDANT_RHO);
      expect(idi.closest[1].rho).toBeLessThanOrEqual(idi.closest[0].rho);
    });

    it(`edition ${year}: inclusion evidence for each weighted indicator, small-economy numbers passed on`, () => {
      expect(e.inclusion.map((i) => i.code)).toContain('ICTServGDP');
      expect(e.inclusion.map((i) => i.code)).not.toContain('GVCPart');
      expect(e.small).toBe(results.audit!.smallEconomies);
    });
  }
});
