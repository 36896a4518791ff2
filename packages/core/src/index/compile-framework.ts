import type { IndicatorMeta } from './coin-data.ts';

/**
 * The framework as flat arrays, so aggregation runs without objects or string lookups.
 * Score rows: 0 … nIndicators − 1 are the level-1 indicators in iMeta order; then the aggregates, ordered by level
 * (then iMeta order), so every aggregate's children come before it. `root` is the last row.
 */
export interface CompiledFramework {
  codes: string[];
  nIndicators: number;
  nRows: number;
  level: Int32Array;
  /** Direction of each row (only indicator rows are used). */
  direction: Float64Array;
  /** Weight of each row within its parent: metadata, then overrides. */
  weight: Float64Array;
  /** Children of aggregate a (row nIndicators + a) are childRows[childStart[a] … childStart[a + 1]). */
  childStart: Int32Array;
  childRows: Int32Array;
  root: number;
  goalposts: ([number, number] | undefined)[];
}

/**
 * Orders and checks the framework: one root, every parent an aggregate one level up… no cycles, no empty aggregate.
 * Throws an Error naming the offending code.
 */
export function compileFramework(meta: IndicatorMeta[], weights: Record<string, number> = {}): CompiledFramework {
  const indicators = meta.filter((m) => m.type === 'Indicator');
  const aggregates = meta.filter((m) => m.type === 'Aggregate').sort((a, b) => a.level - b.level);
  const rows = [...indicators, ...aggregates];
  const rowOf = new Map<string, number>();
  rows.forEach((m, r) => {
    if (rowOf.has(m.code)) throw new Error(`iMeta: code ${m.code} appears twice`);
    rowOf.set(m.code, r);
  });
  for (const code of Object.keys(weights)) {
    // rowOf is a Map, so "constructor" or "__proto__" is looked up as a code like any other.
    if (!rowOf.has(code)) throw new Error(`spec.weights: ${code} is not an indicator or aggregate code in iMeta`);
  }
  const roots = rows.filter((m) => m.parent === null);
  if (roots.length !== 1 || roots[0].type !== 'Aggregate') {
    throw new Error(
      `iMeta: expected exactly one aggregate with Parent NA (the index), got ${roots.map((m) => m.code).join(', ') || 'none'}`
    );
  }
  const nI = indicators.length;
  const children: number[][] = aggregates.map(() => []);
  rows.forEach((m, r) => {
    if (m.parent === null) return;
    const p = rowOf.get(m.parent);
    if (p === undefined || p < nI)
      throw new Error(`iMeta: Parent of ${m.code} is ${m.parent}, which is not an aggregate`);
    if (rows[p].level <= m.level) {
      throw new Error(
        `iMeta: ${m.code} (level ${m.level}) has parent ${m.parent} at level ${rows[p].level}; parents must be higher`
      );
    }
    children[p - nI].push(r);
  });
  // Own keys only: a code named like an Object property (constructor, toString) must not find Object.prototype's.
  const weight = Float64Array.from(rows, (m) => (Object.hasOwn(weights, m.code) ? weights[m.code] : m.weight));
  aggregates.forEach((m, a) => {
    if (children[a].length === 0) throw new Error(`iMeta: aggregate ${m.code} has no children`);
    if (!children[a].some((r) => weight[r] > 0)) {
      const list = children[a].map((r) => rows[r].code).join(', ');
      throw new Error(
        `weights: aggregate ${m.code}: expected at least one child with a weight > 0 (iMeta Weight or spec.weights), got 0 for ${list}`
      );
    }
  });
  const childStart = new Int32Array(aggregates.length + 1);
  children.forEach((c, a) => (childStart[a + 1] = childStart[a] + c.length));
  return {
    codes: rows.map((m) => m.code),
    nIndicators: nI,
    nRows: rows.length,
    level: Int32Array.from(rows, (m) => m.level),
    direction: Float64Array.from(rows, (m) => m.direction),
    weight,
    childStart,
    childRows: Int32Array.from(children.flat()),
    root: rowOf.get(roots[0].code) as number,
    goalposts: rows.map((m) => m.goalposts)
  };
}
