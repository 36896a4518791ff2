import type { IndexResults, IndexSpec } from '@dtr/data';
import { formatNumber, formatPercent } from '@dtr/ui';
import type { Edition } from '$lib/edition/edition';
import type { Locale } from '$lib/i18n/locale';

/**
 * Named formats of a `{series:…}` figure: `compact` (default; "216 bn US$"), `number` (grouped, no compacting),
 * `percent` (a value already in %, "12.3%"), `share` (a 0–1 ratio as %), `year` (the year the figure is from).
 */
const FORMATS = ['compact', 'number', 'percent', 'share', 'year'] as const;
type FormatName = (typeof FORMATS)[number];

export interface BuiltinContext {
  edition: Edition;
  spec: IndexSpec | null;
  results: IndexResults | null;
  locale: Locale;
}

function yearIndex(years: number[], values: (number | null)[], year: string): number {
  if (year === 'latest') return values.findLastIndex((v) => v !== null);
  return years.indexOf(Number(year));
}

function seriesRef(ctx: BuiltinContext, [id, entity, year, format = 'compact']: string[]): string | undefined {
  if (!FORMATS.includes(format as FormatName) || year === undefined) return undefined;
  if (!ctx.edition.manifest.series.includes(id)) return undefined;
  const s = ctx.edition.series(id);
  const values = s.values[entity];
  if (!values) return undefined;
  const i = yearIndex(s.years, values, year);
  const v = values[i];
  if (v === null || v === undefined) return undefined;
  const { locale } = ctx;
  const value = v * s.scale;
  if (format === 'year') return String(s.years[i]);
  if (format === 'percent') return formatNumber(value, { locale, compact: false, digits: 1 }) + '%';
  if (format === 'share') return formatPercent(value, { locale });
  if (format === 'number') return formatNumber(value, { locale, compact: false });
  return formatNumber(value, { locale, unit: s.unit });
}

/** Rank 1 = highest among the edition's economies with a value that year; ties share the lower rank. */
function rankRef(ctx: BuiltinContext, [id, entity, year]: string[]): string | undefined {
  const { results } = ctx;
  if (results && results.codes.includes(id)) {
    if (year !== 'latest' && Number(year) !== ctx.edition.year) return undefined;
    const r = results.rank[results.units.indexOf(entity)];
    return r === null || r === undefined ? undefined : formatNumber(r, { locale: ctx.locale, compact: false });
  }
  if (!ctx.edition.manifest.series.includes(id) || year === undefined) return undefined;
  const s = ctx.edition.series(id);
  const own = s.values[entity];
  if (!own) return undefined;
  const i = yearIndex(s.years, own, year);
  const v = own[i];
  if (v === null || v === undefined) return undefined;
  const economies = new Set(
    ctx.edition.entities.countries.entities.filter((e) => e.kind === 'economy').map((e) => e.code)
  );
  if (!economies.has(entity)) return undefined;
  const above = Object.entries(s.values).filter(([code, vs]) => economies.has(code) && (vs[i] ?? -Infinity) > v).length;
  return formatNumber(above + 1, { locale: ctx.locale, compact: false });
}

function specRef(ctx: BuiltinContext, path: string): string | undefined {
  const value = path
    .split('.')
    .reduce<unknown>(
      (v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      ctx.spec
    );
  if (typeof value === 'number') return formatNumber(value, { locale: ctx.locale, compact: false });
  return typeof value === 'string' ? value : undefined;
}

/**
 * The reference kinds every edition's copy can use without code: `{edition}`, `{spec:path}`,
 * `{series:ID:ENTITY:YEAR|latest[:format]}` and `{rank:ID:ENTITY:YEAR|latest}` (ID a series, or an index row code of
 * the edition's results). Undefined when the reference does not resolve, so the build fails on it.
 */
export function builtinRef(ctx: BuiltinContext, ref: string): string | undefined {
  if (ref === 'edition') return String(ctx.edition.year);
  const colon = ref.indexOf(':');
  if (colon < 0) return undefined;
  const kind = ref.slice(0, colon);
  const rest = ref.slice(colon + 1);
  if (kind === 'spec') return specRef(ctx, rest);
  if (kind === 'series') return seriesRef(ctx, rest.split(':'));
  if (kind === 'rank') return rankRef(ctx, rest.split(':'));
  return undefined;
}
