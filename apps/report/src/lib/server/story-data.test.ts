import { describe, expect, it } from 'vitest';
import { editionYears } from './edition';
import { storyData } from './story-data';

describe('storyData', () => {
  for (const year of editionYears) {
    for (const locale of ['en', 'zh'] as const) {
      it(`resolves every figure of edition ${year} (${locale}) from the data or the claims ledger`, () => {
        const data = storyData(year, locale);
        const text = JSON.stringify(data.sections) + JSON.stringify(data.meta) + JSON.stringify(data.charts);
        expect(text).not.toMatch(/\{(calc|claim|series):/);
        expect(data.sections.length).toBeGreaterThan(0);
        for (const s of data.sections) {
          expect(s.steps.length).toBeGreaterThanOrEqual(3);
          for (const step of s.steps) expect(data.charts[step.chart], `${s.id}/${step.id}`).toBeDefined();
        }
      });
    }
  }

  it('computes the services figures from the UNCTAD series (US$, hand-checked)', () => {
    const { charts } = storyData(2026, 'en');
    const dds = charts['dds-china'];
    const row2023 = dds.rows.find((r) => r.year === 2023)!;
    // UNCTAD_DE.csv: China 2023 exports 216,265 and imports 171,318 (US$ millions).
    expect(row2023.exports).toBeCloseTo(216265e6, 0);
    expect(row2023.imports).toBeCloseTo(171318e6, 0);
    expect(row2023.balance).toBeCloseTo(44947e6, 0);
  });
});
