import { describeJson } from './describe-json.ts';
import { defaultSpec, defaultTreat, type ImputeSpec, type IndexSpec, type NormaliseSpec } from './index-spec.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(where: string, path: string, expected: string, got: unknown): never {
  throw new Error(`${where}: ${path}: expected ${expected}, got ${describeJson(got)}`);
}

/** A misspelt member (`normalize`) must not be ignored while the defaults run: only the listed keys are allowed. */
function onlyKeys(where: string, path: string, v: Json, allowed: string[]): void {
  for (const k of Object.keys(v)) {
    if (!allowed.includes(k)) {
      const at = path ? `${path}.${k}` : k;
      throw new Error(`${where}: ${at}: unknown key; expected one of ${allowed.join(', ')}, got ${JSON.stringify(k)}`);
    }
  }
}

function num(where: string, path: string, v: unknown, fallback?: number): number {
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(where, path, 'a finite number', v);
  return v;
}

/** Checks one normalisation object (also used for uncertainty alternatives). */
function normalise(where: string, path: string, v: unknown): NormaliseSpec {
  if (!isObject(v)) fail(where, path, 'an object with a method', v);
  switch (v.method) {
    case 'minmax': {
      onlyKeys(where, path, v, ['method', 'range']);
      const r = v.range ?? [0, 100];
      if (!Array.isArray(r) || r.length !== 2) fail(where, `${path}.range`, '[lower, upper]', r);
      const lo = num(where, `${path}.range[0]`, r[0]);
      const hi = num(where, `${path}.range[1]`, r[1]);
      if (!(lo < hi)) fail(where, `${path}.range`, 'a lower bound below the upper bound', r);
      return { method: 'minmax', range: [lo, hi] };
    }
    case 'zscore': {
      onlyKeys(where, path, v, ['method', 'mean', 'sd']);
      const sd = num(where, `${path}.sd`, v.sd, 1);
      if (!(sd > 0)) fail(where, `${path}.sd`, 'a standard deviation > 0', sd);
      return { method: 'zscore', mean: num(where, `${path}.mean`, v.mean, 0), sd };
    }
    case 'goalposts': {
      onlyKeys(where, path, v, ['method', 'scale']);
      const scale = num(where, `${path}.scale`, v.scale, 100);
      if (!(scale > 0)) fail(where, `${path}.scale`, 'a scale > 0', scale);
      return { method: 'goalposts', scale };
    }
    case 'rank':
      onlyKeys(where, path, v, ['method']);
      return { method: 'rank' };
    default:
      return fail(where, `${path}.method`, 'one of minmax, zscore, goalposts, rank', v.method);
  }
}

/** Checks one imputation object (also used for uncertainty alternatives); null means no imputation. */
function impute(where: string, path: string, v: unknown): ImputeSpec | null {
  if (v === null) return null;
  if (!isObject(v)) fail(where, path, 'null or an object', v);
  if (v.method === 'groupMean' || v.method === 'groupMedian') {
    onlyKeys(where, path, v, ['method', 'group']);
    if (typeof v.group !== 'string') fail(where, `${path}.group`, 'the name of a group column', v.group);
    return { method: v.method, group: v.group };
  }
  if (v.method === 'lastAvailable' || v.method === 'availableMean' || v.method === 'listwise') {
    onlyKeys(where, path, v, ['method']);
    return { method: v.method };
  }
  return fail(where, `${path}.method`, 'groupMean, groupMedian, availableMean, lastAvailable or listwise', v.method);
}

/**
 * Checks one indicator-inclusion alternative: null (every indicator), an indicator code, or a list of codes, as the
 * list of codes left out. Whether the codes are indicators of iMeta is checked where the framework is known.
 */
function exclude(where: string, path: string, v: unknown): string[] {
  if (v === null) return [];
  const codes = Array.isArray(v) ? v : [v];
  codes.forEach((c, k) => {
    const at = Array.isArray(v) ? `${path}[${k}]` : path;
    if (typeof c !== 'string' || c === '') fail(where, at, 'null, an indicator code or a list of codes', c);
    if (codes.indexOf(c) < k) fail(where, at, 'a code not listed before it', c);
  });
  return codes as string[];
}

/**
 * Validates a spec (parsed JSON, possibly partial) and fills what it leaves out: missing members take
 * `defaultSpec`, a `treat` object without numbers takes COINr's defaults. Errors name the source (`where`, e.g. the
 * file), the path in the spec, what was expected and what was found.
 */
export function resolveSpec(input: unknown = {}, where = 'spec'): IndexSpec {
  if (!isObject(input)) fail(where, '(top level)', 'an object', input);
  onlyKeys(where, '', input, ['treat', 'normalise', 'aggregate', 'weights', 'impute', 'uncertainty']);
  // Null prototype: a code named like an Object property (constructor, toString, __proto__) is just a key.
  const weights: Record<string, number> = Object.create(null);
  const spec: IndexSpec = { ...defaultSpec, weights, impute: null };
  if (input.treat !== undefined && input.treat !== null) {
    const t = input.treat;
    if (!isObject(t)) fail(where, 'treat', 'null or an object', t);
    onlyKeys(where, 'treat', t, ['method', 'winmax', 'skewThreshold', 'kurtosisThreshold']);
    if (t.method !== undefined && t.method !== 'winsorise') fail(where, 'treat.method', '"winsorise"', t.method);
    const winmax = num(where, 'treat.winmax', t.winmax, defaultTreat.winmax);
    if (!Number.isInteger(winmax) || winmax < 0) fail(where, 'treat.winmax', 'a whole number ≥ 0', winmax);
    spec.treat = {
      method: 'winsorise',
      winmax,
      skewThreshold: num(where, 'treat.skewThreshold', t.skewThreshold, defaultTreat.skewThreshold),
      kurtosisThreshold: num(where, 'treat.kurtosisThreshold', t.kurtosisThreshold, defaultTreat.kurtosisThreshold)
    };
  }
  if (input.normalise !== undefined) spec.normalise = normalise(where, 'normalise', input.normalise);
  if (input.aggregate !== undefined) {
    const a = input.aggregate;
    if (!isObject(a)) fail(where, 'aggregate', 'an object with a method', a);
    onlyKeys(where, 'aggregate', a, ['method', 'availabilityThreshold']);
    if (a.method !== 'amean' && a.method !== 'gmean' && a.method !== 'hmean') {
      fail(where, 'aggregate.method', 'one of amean, gmean, hmean', a.method);
    }
    spec.aggregate = { method: a.method };
    if (a.availabilityThreshold !== undefined) {
      const th = num(where, 'aggregate.availabilityThreshold', a.availabilityThreshold);
      if (th < 0 || th > 1) fail(where, 'aggregate.availabilityThreshold', 'a number in [0, 1]', th);
      spec.aggregate.availabilityThreshold = th;
    }
  }
  if (input.weights !== undefined) {
    if (!isObject(input.weights)) fail(where, 'weights', 'an object of code → weight', input.weights);
    for (const [code, w] of Object.entries(input.weights)) {
      const v = num(where, `weights.${code}`, w);
      if (v < 0) fail(where, `weights.${code}`, 'a weight ≥ 0', v);
      weights[code] = v;
    }
  }
  if (input.impute !== undefined) spec.impute = impute(where, 'impute', input.impute);
  if (input.uncertainty !== undefined) {
    const u = input.uncertainty;
    if (!isObject(u)) fail(where, 'uncertainty', 'an object', u);
    onlyKeys(where, 'uncertainty', u, ['weightNoise', 'alternatives', 'draws', 'seed', 'sensitivity']);
    spec.uncertainty = {};
    // An edition's spec carries the draws and seed of its published analysis; a CLI flag overrides them.
    if (u.draws !== undefined) {
      const n = num(where, 'uncertainty.draws', u.draws);
      if (!Number.isInteger(n) || n < 1 || n > 1_000_000)
        fail(where, 'uncertainty.draws', 'a whole number in [1, 1000000]', n);
      spec.uncertainty.draws = n;
    }
    if (u.seed !== undefined) {
      const n = num(where, 'uncertainty.seed', u.seed);
      if (!Number.isInteger(n) || n < 0 || n > 0xffffffff)
        fail(where, 'uncertainty.seed', 'a whole number in [0, 4294967295]', n);
      spec.uncertainty.seed = n;
    }
    if (u.sensitivity !== undefined) {
      const s = u.sensitivity;
      if (!isObject(s)) fail(where, 'uncertainty.sensitivity', 'an object with samples, seed and bootstrap', s);
      onlyKeys(where, 'uncertainty.sensitivity', s, ['samples', 'seed', 'bootstrap']);
      const whole = (key: string, lo: number, hi: number) => {
        const n = num(where, `uncertainty.sensitivity.${key}`, s[key]);
        if (!Number.isInteger(n) || n < lo || n > hi)
          fail(where, `uncertainty.sensitivity.${key}`, `a whole number in [${lo}, ${hi}]`, n);
        return n;
      };
      spec.uncertainty.sensitivity = {
        samples: whole('samples', 2, 100000),
        seed: whole('seed', 0, 0xffffffff),
        bootstrap: whole('bootstrap', 0, 10000)
      };
    }
    // A factor f scales each weight by [1 − f, 1 + f]: f ≥ 1 would allow zero or negative weights.
    const factor = (path: string, f: unknown) => {
      const v = num(where, path, f);
      if (!(v >= 0 && v < 1)) fail(where, path, 'a noise factor in [0, 1)', v);
      return v;
    };
    if (u.weightNoise !== undefined) {
      if (isObject(u.weightNoise)) {
        const perLevel: Record<string, number> = Object.create(null);
        for (const [lvl, f] of Object.entries(u.weightNoise)) {
          const path = `uncertainty.weightNoise.${lvl}`;
          if (!/^[1-9][0-9]*$/.test(lvl)) fail(where, path, 'a key that is a level (1, 2, …)', lvl);
          perLevel[lvl] = factor(path, f);
        }
        spec.uncertainty.weightNoise = perLevel;
      } else spec.uncertainty.weightNoise = factor('uncertainty.weightNoise', u.weightNoise);
    }
    if (u.alternatives !== undefined) {
      if (!isObject(u.alternatives))
        fail(where, 'uncertainty.alternatives', 'an object of path → list', u.alternatives);
      const alts: Record<string, unknown[]> = Object.create(null);
      for (const [path, list] of Object.entries(u.alternatives)) {
        const p = `uncertainty.alternatives.${path}`;
        if (!Array.isArray(list) || list.length === 0) fail(where, p, 'a non-empty list', list);
        if (path === 'treat.winmax')
          alts[path] = list.map((v, i) => {
            const w = num(where, `${p}[${i}]`, v);
            if (!Number.isInteger(w) || w < 0) fail(where, `${p}[${i}]`, 'a whole number ≥ 0', w);
            return w;
          });
        else if (path === 'normalise') alts[path] = list.map((v, i) => normalise(where, `${p}[${i}]`, v));
        else if (path === 'aggregate' || path === 'aggregate.method') {
          alts.aggregate = list.map((v, i) => {
            if (isObject(v)) onlyKeys(where, `${p}[${i}]`, v, ['method']);
            const m = isObject(v) ? v.method : v;
            if (m !== 'amean' && m !== 'gmean' && m !== 'hmean') fail(where, `${p}[${i}]`, 'amean, gmean or hmean', v);
            return { method: m };
          });
        } else if (path === 'impute') alts[path] = list.map((v, i) => impute(where, `${p}[${i}]`, v));
        else if (path === 'exclude') alts[path] = list.map((v, i) => exclude(where, `${p}[${i}]`, v));
        else if (path === 'maxAge')
          alts[path] = list.map((v, i) => {
            if (v === null) return null;
            const a = num(where, `${p}[${i}]`, v);
            if (!Number.isInteger(a) || a < 0) fail(where, `${p}[${i}]`, 'null or a whole number of years ≥ 0', a);
            return a;
          });
        else
          fail(
            where,
            p,
            'a path among treat.winmax, normalise, aggregate, aggregate.method, impute, exclude, maxAge',
            path
          );
      }
      spec.uncertainty.alternatives = alts;
    }
  }
  return spec;
}
