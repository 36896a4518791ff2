import { describe, expect, it } from 'vitest';
import type { FrameworkDefinition } from '../schema/types.ts';
import { pillarCoverage } from './pillar-coverage.ts';

const name = { en: '', zh: '' };
const ind = (code: string, pillar: string) => ({
  code,
  name,
  pillar,
  unit: '',
  source: { kind: 'series' as const, series: code },
  window: [2020, 2024] as [number, number],
  direction: 1 as const,
  weight: 1,
  goalposts: { lower: 0, upper: 100 },
  note: name
});
const definition = {
  aggregates: [
    { code: 'P', name, level: 2, parent: 'I', weight: 1, minIndicators: 2, note: name },
    { code: 'Q', name, level: 2, parent: 'I', weight: 0, minIndicators: 1, note: name },
    { code: 'R', name, level: 2, parent: 'I', weight: 1, note: name },
    { code: 'I', name, level: 3, parent: null, weight: 1, note: name }
  ],
  indicators: [ind('a', 'P'), ind('b', 'P'), ind('c', 'P'), ind('d', 'Q'), ind('e', 'R')]
} as unknown as FrameworkDefinition;

describe('pillarCoverage', () => {
  it('counts the present indicators of each weighted pillar that has a minimum, and states the minimum', () => {
    expect(pillarCoverage({ definition, present: [true, false, true, false, false] })).toEqual([
      { code: 'P', available: 2, required: 2 }
    ]);
    expect(pillarCoverage({ definition, present: [false, false, true, true, true] })).toEqual([
      { code: 'P', available: 1, required: 2 }
    ]);
  });
});
