import type { IndexFrameworkTables } from './build-index-framework.ts';

/** The published index spec (DESIGN.md contract), with a stable key order. */
export function specJson(t: IndexFrameworkTables): string {
  return JSON.stringify(t.definition.spec, null, 2) + '\n';
}
