import type { AggregateMethod, NormaliseChoice, SpecChoices } from '@dtr/core';

/**
 * The explorer's whole view in the query string, so a link or an embed restores it exactly:
 * `w=Goods:2,HiTechExp:0.5` (weights that differ from the published spec), `norm`, `agg`, `treat`, `a` and `b`
 * (the two economies compared), `bri` (Belt and Road highlight) and `small=0` (the index run without the small
 * economies). Anything unreadable falls back to the default.
 */
/** The reader's index choices (what `specFor` maps onto the published spec) and what the page shows. */
export interface ExplorerState extends SpecChoices {
  a: string;
  b: string;
  bri: boolean;
  /** Small economies are ranked (the published view); false: the index is recomputed without them. */
  small: boolean;
}

export interface StateContext {
  /** Published weight of every indicator and pillar code. */
  weights: Record<string, number>;
  units: string[];
  defaultA: string;
  defaultB: string;
}

export const NORMALISE: readonly NormaliseChoice[] = ['minmax', 'zscore', 'goalposts', 'rank'];
export const AGGREGATE: readonly AggregateMethod[] = ['amean', 'gmean', 'hmean'];
/** Weights are entered between 0 and this. */
export const MAX_WEIGHT = 10;
// Longer values are not ours: ignore them rather than parse them.
const MAX_PARAM = 1000;

export function defaultState(ctx: StateContext): ExplorerState {
  return {
    weights: { ...ctx.weights },
    normalise: 'minmax',
    aggregate: 'amean',
    treat: true,
    a: ctx.defaultA,
    b: ctx.defaultB,
    bri: false,
    small: true
  };
}

const param = (params: URLSearchParams, name: string): string | null => {
  const v = params.get(name);
  return v === null || v.length > MAX_PARAM ? null : v;
};

/** A weight as typed or read from a URL: a finite number in [0, MAX_WEIGHT], at most 3 decimals; else null. */
export function readWeight(text: string): number | null {
  if (!/^\s*\d{1,3}(\.\d{1,6})?\s*$/.test(text)) return null;
  const v = Math.round(Number(text) * 1000) / 1000;
  return Number.isFinite(v) && v >= 0 && v <= MAX_WEIGHT ? v : null;
}

export function parseState(params: URLSearchParams, ctx: StateContext): ExplorerState {
  const state = defaultState(ctx);
  const w = param(params, 'w');
  if (w !== null) {
    for (const pair of w.split(',').slice(0, 64)) {
      const [code, value] = pair.split(':');
      if (code === undefined || value === undefined || !Object.hasOwn(ctx.weights, code)) continue;
      const v = readWeight(value);
      if (v !== null) state.weights[code] = v;
    }
  }
  const norm = param(params, 'norm');
  if (norm !== null && (NORMALISE as readonly string[]).includes(norm)) state.normalise = norm as NormaliseChoice;
  const agg = param(params, 'agg');
  if (agg !== null && (AGGREGATE as readonly string[]).includes(agg)) state.aggregate = agg as AggregateMethod;
  const treat = param(params, 'treat');
  if (treat === '0') state.treat = false;
  const a = param(params, 'a');
  if (a !== null && ctx.units.includes(a)) state.a = a;
  const b = param(params, 'b');
  if (b !== null && ctx.units.includes(b)) state.b = b;
  if (param(params, 'bri') === '1') state.bri = true;
  if (param(params, 'small') === '0') state.small = false;
  return state;
}

/** The query string for a state, holding only what differs from the default (empty = the published view). */
export function serialiseState(state: ExplorerState, ctx: StateContext): string {
  const d = defaultState(ctx);
  const params = new URLSearchParams();
  const changed = Object.keys(ctx.weights)
    .filter((code) => state.weights[code] !== d.weights[code])
    .map((code) => `${code}:${state.weights[code]}`);
  if (changed.length) params.set('w', changed.join(','));
  if (state.normalise !== d.normalise) params.set('norm', state.normalise);
  if (state.aggregate !== d.aggregate) params.set('agg', state.aggregate);
  if (!state.treat) params.set('treat', '0');
  if (state.a !== d.a) params.set('a', state.a);
  if (state.b !== d.b) params.set('b', state.b);
  if (state.bri) params.set('bri', '1');
  if (!state.small) params.set('small', '0');
  // Keep ":" and "," readable in shared links.
  return params.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
}
