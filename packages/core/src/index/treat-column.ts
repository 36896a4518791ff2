import { kurtosis } from '../kurtosis.ts';
import { skewness } from '../skewness.ts';
import type { TreatSpec } from './index-spec.ts';

export interface TreatedPoint {
  /** Unit position in the column. */
  unit: number;
  flag: 'winhi' | 'winlo';
  raw: number;
  treated: number;
}

export interface ColumnTreatment {
  values: Float64Array;
  /** What was done: nothing (passed), winsorised, or log-transformed after winsorising failed. */
  method: 'none' | 'winsorise' | 'log';
  skewBefore: number;
  kurtosisBefore: number;
  /** Number of winsorising steps taken (0 when the column passed, or when the log fallback was used). */
  steps: number;
  skewAfter: number;
  kurtosisAfter: number;
  points: TreatedPoint[];
}

const fails = (s: number, k: number, t: TreatSpec) => Math.abs(s) >= t.skewThreshold && k >= t.kurtosisThreshold;

/**
 * COINr 1.1 outlier treatment of one raw indicator (direction is ignored): while |skewness| ≥ skewThreshold and
 * excess kurtosis ≥ kurtosisThreshold (type-2 estimators), clip the current extreme — the maximum when skew ≥ 0,
 * else the minimum, ties together — to the next value, at most `winmax` steps, re-checking after each. If it still
 * fails, return log(x − min + 0.01·(max − min)) of the original values instead (COINr's `log_CT`). NaN stays NaN.
 * @see COINr 1.1 `Treat()` with `winsorise()` and `log_CT()`; Becker et al. (2017) Ecological Indicators 80, 12–22.
 */
export function treatColumn(raw: Float64Array, spec: TreatSpec): ColumnTreatment {
  const skewBefore = skewness(raw);
  const kurtosisBefore = kurtosis(raw);
  if (!fails(skewBefore, kurtosisBefore, spec)) {
    return {
      values: raw.slice(),
      method: 'none',
      skewBefore,
      kurtosisBefore,
      steps: 0,
      skewAfter: NaN,
      kurtosisAfter: NaN,
      points: []
    };
  }
  const x = raw.slice();
  const n = x.length;
  let skew = skewBefore;
  let kurt = kurtosisBefore;
  let steps = 0;
  const clipped = new Uint8Array(n);
  while (steps < spec.winmax && fails(skew, kurt, spec)) {
    const high = skew >= 0;
    let extreme = high ? -Infinity : Infinity;
    for (let i = 0; i < n; i++) if (high ? x[i] > extreme : x[i] < extreme) extreme = x[i];
    let next = high ? -Infinity : Infinity;
    for (let i = 0; i < n; i++) {
      const v = x[i];
      if (v !== extreme && (high ? v > next : v < next)) next = v;
    }
    if (!Number.isFinite(next)) break; // every value is the extreme: nothing left to clip to
    for (let i = 0; i < n; i++) {
      if (x[i] === extreme) {
        x[i] = next;
        clipped[i] = high ? 1 : 2;
      }
    }
    steps++;
    skew = skewness(x);
    kurt = kurtosis(x);
  }
  if (!fails(skew, kurt, spec)) {
    const points: TreatedPoint[] = [];
    for (let i = 0; i < n; i++) {
      if (clipped[i]) points.push({ unit: i, flag: clipped[i] === 1 ? 'winhi' : 'winlo', raw: raw[i], treated: x[i] });
    }
    return {
      values: x,
      method: 'winsorise',
      skewBefore,
      kurtosisBefore,
      steps,
      skewAfter: skew,
      kurtosisAfter: kurt,
      points
    };
  }
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    if (raw[i] < min) min = raw[i];
    if (raw[i] > max) max = raw[i];
  }
  const offset = 0.01 * (max - min);
  const logged = new Float64Array(n);
  for (let i = 0; i < n; i++) logged[i] = Math.log(raw[i] - min + offset);
  return {
    values: logged,
    method: 'log',
    skewBefore,
    kurtosisBefore,
    steps: 0,
    skewAfter: skewness(logged),
    kurtosisAfter: kurtosis(logged),
    points: []
  };
}
