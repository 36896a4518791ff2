import { DataError } from '../errors/data-error.ts';
import type { EtlStep } from '../etl/etl-step.ts';
import type { SeriesRule } from '../gate/series-rule.ts';

/** Attaches each series step's rules from a table keyed by series id; every series needs an entry, every entry a step. */
export function withRules(options: { steps: EtlStep[]; rules: Readonly<Record<string, SeriesRule>> }): EtlStep[] {
  const ids = new Set(options.steps.map((step) => step.output.slice('series/'.length, -'.json'.length)));
  for (const id of Object.keys(options.rules))
    if (!ids.has(id)) throw new DataError({ file: 'config/series-rules.json', column: id, expected: 'the id of a series step', got: 'none' });
  return options.steps.map((step) => {
    const id = step.output.slice('series/'.length, -'.json'.length);
    const rule = options.rules[id];
    if (!rule) throw new DataError({ file: 'config/series-rules.json', column: id, expected: `rules for series ${id}`, got: 'none' });
    return { ...step, rules: rule };
  });
}
