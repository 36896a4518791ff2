import type { IndexSensitivityResult } from '@dtr/core';
import { formatPercent } from '@dtr/ui';
import { intlLocale, type Locale } from '$lib/i18n/locale';
import type { Messages } from '$lib/i18n/messages';

type T = Messages['explorer']['whatMoves'];

/** One row of "what moves the ranking": an uncertain choice, the values tried, and its Sobol indices. */
export interface WhatMovesRow {
  /** The spec path (`uncertainty.alternatives` key) or "weights". */
  input: string;
  name: string;
  /** The values the analysis tried, in the reader's words. */
  values: string;
  first: number;
  total: number;
  firstCI: [number, number];
  totalCI: [number, number];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One alternative value in words; anything the catalogue has no words for is shown as its JSON. */
function valueWords(path: string, v: unknown, t: T, indicatorName: (code: string) => string, and: Intl.ListFormat) {
  const w = t.values;
  const method = isObj(v) ? v.method : v;
  if (path === 'normalise' && isObj(v)) {
    if (method === 'minmax' && Array.isArray(v.range)) return w.minmax({ lo: v.range[0], hi: v.range[1] });
    if (method === 'zscore') return w.zscore({ mean: v.mean as number, sd: v.sd as number });
    if (method === 'goalposts' || method === 'rank') return w[method];
  }
  if (path === 'aggregate' && (method === 'amean' || method === 'gmean' || method === 'hmean')) return w[method];
  if (path === 'impute') {
    if (v === null) return w.noImputation;
    if (method === 'availableMean' || method === 'lastAvailable' || method === 'listwise') return w[method];
    if ((method === 'groupMean' || method === 'groupMedian') && isObj(v)) {
      const group = String(v.group);
      return w[method](t.groups[group] ?? group);
    }
  }
  // As the spec writes it: null (every indicator), one code, or a list of codes.
  if (path === 'exclude' && (v === null || typeof v === 'string' || Array.isArray(v))) {
    const codes = v === null ? [] : typeof v === 'string' ? [v] : v;
    return codes.length ? w.without(and.format(codes.map((c) => indicatorName(String(c))))) : w.allIndicators;
  }
  if (path === 'maxAge') return v === null ? w.noAgeLimit : w.maxAge(v as number);
  return JSON.stringify(v);
}

/**
 * The view model of "what moves the ranking": a row per uncertain input of the analysis, most influential first
 * (by total-order index), named from the catalogue with the values the spec lets it take (`uncertainty.alternatives`,
 * or the weight noise).
 */
export function whatMovesRows({
  result,
  spec,
  locale,
  t,
  indicatorName
}: {
  result: IndexSensitivityResult;
  /** The spec the analysis ran (its `uncertainty` member says what varied). */
  spec: Record<string, unknown>;
  locale: Locale;
  t: T;
  indicatorName: (code: string) => string;
}): WhatMovesRow[] {
  const uncertainty = isObj(spec.uncertainty) ? spec.uncertainty : {};
  const alternatives = isObj(uncertainty.alternatives) ? uncertainty.alternatives : {};
  const or = new Intl.ListFormat(intlLocale(locale), { type: 'disjunction' });
  const and = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' });
  const values = (input: string): string => {
    if (input === 'weights') {
      const noise = uncertainty.weightNoise;
      const factors = typeof noise === 'number' ? [noise] : isObj(noise) ? Object.values(noise) : [];
      const distinct = [...new Set(factors.filter((f): f is number => typeof f === 'number' && f !== 0))];
      return t.values.weightNoise(or.format(distinct.map((f) => formatPercent(f, { locale, digits: 0 }))));
    }
    const list = alternatives[input === 'aggregate.method' ? 'aggregate' : input];
    if (!Array.isArray(list)) return '';
    // Every indicator, then each one left out in turn: one phrase, not a list of every indicator's name.
    if (input === 'exclude') {
      const size = (v: unknown) => (v === null ? 0 : typeof v === 'string' ? 1 : Array.isArray(v) ? v.length : -1);
      const singles = list.filter((v) => size(v) === 1).length;
      if (singles >= 2 && list.filter((v) => size(v) === 0).length === 1 && singles === list.length - 1)
        return t.values.eachLeftOut(singles);
    }
    // Winsorising steps are all numbers: one phrase for the list.
    if (input === 'treat.winmax') return t.values.winmax(or.format(list.map(String)));
    return or.format(list.map((v) => valueWords(input, v, t, indicatorName, and)));
  };
  const names = t.inputs as Record<string, string>;
  return result.inputs
    .map((row) => ({ ...row, name: names[row.input] ?? row.input, values: values(row.input) }))
    .sort((a, b) => b.total - a.total || (a.input < b.input ? -1 : 1));
}
