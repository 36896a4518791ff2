import { describe, expect, it } from 'vitest';
import { formatIssue } from './claim-issue.ts';
import { validateConflicts } from './validate-conflicts.ts';

const ids = new Set(['a-1', 'b-1']);
const dataset = {
  series: 'dds-exports',
  entity: 'CHN',
  year: 2022,
  value: 207007,
  unit: 'US$ mn',
  source: 'UNCTAD_DE.csv'
};
const messages = (data: unknown) => validateConflicts(data, 'conflicts.json', ids).issues.map(formatIssue);

describe('validateConflicts', () => {
  it('accepts two claims, or one claim with a dataset value', () => {
    const data = {
      conflicts: [
        { id: 'g-1', claims: ['a-1', 'b-1'], reasons: ['vintage'], explanation: 'x' },
        { id: 'g-2', claims: ['a-1'], reasons: ['definition'], dataset, explanation: 'y' }
      ]
    };
    expect(validateConflicts(data, 'conflicts.json', ids)).toEqual({ value: data.conflicts, issues: [] });
  });

  it('reports an unknown claim id and a lone claim without a dataset', () => {
    expect(messages({ conflicts: [{ id: 'g-1', claims: ['zz-9'], reasons: ['slip'], explanation: 'x' }] })).toEqual([
      'conflicts.json: conflict 0 (g-1): field "claims": expected ids of existing claims, got "zz-9"',
      'conflicts.json: conflict 0 (g-1): field "claims": expected at least two claims, or one claim and a dataset reference, got ["zz-9"]'
    ]);
  });

  it('reports an unknown reason, a duplicate group id and a dataset unit outside the list', () => {
    const issues = messages({
      conflicts: [
        { id: 'g-1', claims: ['a-1', 'b-1'], reasons: ['typo'], explanation: 'x' },
        { id: 'g-1', claims: ['a-1'], reasons: ['vintage'], dataset: { ...dataset, unit: 'USD' }, explanation: 'x' }
      ]
    });
    expect(issues[0]).toBe(
      'conflicts.json: conflict 0 (g-1): field "reasons": expected a non-empty array of definition, vintage, source, garbled, slip, rounding, unexplained, got ["typo"]'
    );
    expect(issues[1]).toBe(
      'conflicts.json: conflict 1 (g-1): field "id": expected an id not used by another conflict group, got "g-1"'
    );
    expect(issues[2]).toMatch(
      /^conflicts\.json: conflict 1 \(g-1\): field "dataset\.unit": expected one of "US\$ mn", .*, got "USD"$/
    );
    expect(issues).toHaveLength(3);
  });
});
