import type { Series } from '../schema/v1.ts';

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
  }
];
