import { describe, expect, it } from 'vitest';
import { checkDrawBudget } from './check-draw-budget.ts';

describe('checkDrawBudget', () => {
  it('accepts 1,000,000 draws on 200 units (400 MB of ranks at most)', () => {
    expect(() => checkDrawBudget({ draws: 1_000_000, units: 200, what: 'draws' })).not.toThrow();
  });
  it('refuses 10⁹ draws, naming the bound', () => {
    expect(() => checkDrawBudget({ draws: 1e9, units: 10, what: 'draws' })).toThrow(
      'uncertainty: draws: expected at most 1,000,000, got 1,000,000,000'
    );
  });
  it('refuses draws × units above 200,000,000 ranks', () => {
    expect(() => checkDrawBudget({ draws: 1_000_000, units: 201, what: 'grid combinations' })).toThrow(
      'uncertainty: grid combinations × units: expected at most 200,000,000 ranks (400 MB), got 1,000,000 × 201 = 201,000,000'
    );
  });
});
