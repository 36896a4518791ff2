import { describe, expect, it } from 'vitest';
import type { EtlStep } from '../etl/etl-step.ts';
import { withRules } from './with-rules.ts';

const step = (id: string): EtlStep => ({ output: `series/${id}.json`, sourceIds: [], build: () => null });

describe('withRules', () => {
  it('withRules attaches each series its rules and names a series without rules or rules without a series', () => {
    const [a] = withRules({ steps: [step('a')], rules: { a: { sign: 'nonnegative' } } });
    expect(a.rules).toEqual({ sign: 'nonnegative' });
    expect(() => withRules({ steps: [step('a'), step('b')], rules: { a: {} } })).toThrow('config/series-rules.json:b: expected rules for series b, got none');
    expect(() => withRules({ steps: [step('a')], rules: { a: {}, z: {} } })).toThrow('config/series-rules.json:z: expected the id of a series step, got none');
  });
});
