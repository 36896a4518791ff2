import type { Series } from '../schema/types.ts';

/** A cross-source check that guards against unit, vintage or join mistakes in the ETL. */
export interface ConsistencyCheck {
  id: string;
  /** Series ids the check needs; it is skipped when any is absent from the edition. */
  needs: string[];
  expected: number;
  /** Absolute tolerance on `compute`'s result. */
  tolerance: number;
  compute(series: Record<string, Series>): number | null;
}

export function valueAt(series: Series, entity: string, year: number): number | null {
  const i = series.years.indexOf(year);
  return i < 0 ? null : (series.values[entity]?.[i] ?? null);
}

function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}

// Expected values are the published figures quoted in SOURCES.md (spot checks of the raw files).
export const CONSISTENCY_CHECKS: ConsistencyCheck[] = [
  {
    id: "China's digitally deliverable share of services exports, 2023 (UNCTAD): 216,265 / 381,120.6 ≈ 56.7 %",
    needs: ['dds-exports', 'services-exports'],
    expected: 0.567,
    tolerance: 0.001,
    compute: (s) => ratio(valueAt(s['dds-exports'], 'CHN', 2023), valueAt(s['services-exports'], 'CHN', 2023))
  },
  {
    id: "China's digitally deliverable services imports, 2023: US$ 171,318 mn",
    needs: ['dds-imports'],
    expected: 171318,
    tolerance: 0.5,
    compute: (s) => valueAt(s['dds-imports'], 'CHN', 2023)
  },
  {
    id: "China's total services imports, 2024: US$ 610,564.8 mn",
    needs: ['services-imports'],
    expected: 610564.8,
    tolerance: 0.05,
    compute: (s) => valueAt(s['services-imports'], 'CHN', 2024)
  },
  {
    id: "China's ICT share of services exports, 2023 (WDI BX.GSR.CCIS.CD / UNCTAD services exports): ≈ 15.2 %",
    needs: ['ict-service-exports', 'services-exports'],
    expected: 0.152,
    tolerance: 0.001,
    compute: (s) =>
      ratio(valueAt(s['ict-service-exports'], 'CHN', 2023), (valueAt(s['services-exports'], 'CHN', 2023) ?? NaN) * 1e6)
  },
  {
    id: 'China internet users 2023 (WDI, Nov-2024 copy): 77.48 % of population',
    needs: ['internet-users'],
    expected: 77.48,
    tolerance: 0.01,
    compute: (s) => valueAt(s['internet-users'], 'CHN', 2023)
  },
  {
    id: 'ITU IDI 2024: China 85.8; the repaired rows CIV 65.3 and TUR 87.5 are present',
    needs: ['itu-idi'],
    expected: 85.8 + 65.3 + 87.5,
    tolerance: 0.001,
    compute: (s) =>
      (valueAt(s['itu-idi'], 'CHN', 2024) ?? NaN) +
      (valueAt(s['itu-idi'], 'CIV', 2024) ?? NaN) +
      (valueAt(s['itu-idi'], 'TUR', 2024) ?? NaN)
  },
  {
    id: 'ADB MRIO GVC, China 2022 backward participation (June-2023 file): 0.175',
    needs: ['gvc-participation-backward'],
    expected: 0.175,
    tolerance: 0.0005,
    compute: (s) => valueAt(s['gvc-participation-backward'], 'CHN', 2022)
  },
  {
    id: 'ADB MRIO GVC, China 2017 total participation (older file): 0.316',
    needs: ['gvc-participation'],
    expected: 0.316,
    tolerance: 0.0005,
    compute: (s) => valueAt(s['gvc-participation'], 'CHN', 2017)
  },
  {
    id: 'NSF KTI exports, World 2018: 7,405.7 (US$ billions, not millions)',
    needs: ['kti-exports'],
    expected: 7405.7 * 1e9,
    tolerance: 1e6,
    compute: (s) => (valueAt(s['kti-exports'], 'WLD', 2018) ?? NaN) * s['kti-exports'].scale
  },
  {
    id: 'Guangdong foreign trade 2024 (NBS A060101): about US$ 1.28 trillion',
    needs: ['province-trade-by-location'],
    expected: 1278575670e3,
    tolerance: 1e3,
    compute: (s) =>
      (valueAt(s['province-trade-by-location'], 'CN-GD', 2024) ?? NaN) * s['province-trade-by-location'].scale
  },
  {
    id: 'Guangdong GDP 2022 (NBS first release): 129,118.6 × 100 million CNY',
    needs: ['province-gdp'],
    expected: 129118.6,
    tolerance: 0.05,
    compute: (s) => valueAt(s['province-gdp'], 'CN-GD', 2022)
  },
  {
    id: 'Guangdong sector shares of GDP 2022 sum to 100 %',
    needs: ['province-gdp-primary-share', 'province-gdp-secondary-share', 'province-gdp-tertiary-share'],
    expected: 100,
    tolerance: 0.2,
    compute: (s) =>
      (valueAt(s['province-gdp-primary-share'], 'CN-GD', 2022) ?? NaN) +
      (valueAt(s['province-gdp-secondary-share'], 'CN-GD', 2022) ?? NaN) +
      (valueAt(s['province-gdp-tertiary-share'], 'CN-GD', 2022) ?? NaN)
  },
  {
    id: 'World digitally deliverable services exports ≤ world services exports, 2023',
    needs: ['dds-exports', 'services-exports'],
    expected: 0.5,
    tolerance: 0.5,
    compute: (s) => ratio(valueAt(s['dds-exports'], 'WLD', 2023), valueAt(s['services-exports'], 'WLD', 2023))
  }
];
