import { SCHEMA_VERSION } from '../schema/types.ts';
import { DataError } from '../errors/data-error.ts';
import { checkSeriesRule } from '../gate/check-series-rule.ts';
import type { SeriesRule } from '../gate/series-rule.ts';
import type { Series } from '../schema/types.ts';

const CATEGORIES = new Set(['goods', 'services', 'data', 'infrastructure', 'gvc', 'economy']);

/**
 * Checks catalogue.json: one entry per series, same unit, scale and source as the series file, names in both locales,
 * and every series value within its entry's rules.
 */
export function validateCatalogue(value: unknown, file: string, series: Record<string, Series>): DataError[] {
  const errors: DataError[] = [];
  const fail = (column: string, expected: string, got: unknown) =>
    errors.push(new DataError({ file, column, expected, got: JSON.stringify(got) ?? String(got) }));
  const indicators = (value as { indicators?: unknown })?.indicators;
  if ((value as { schema?: unknown })?.schema !== SCHEMA_VERSION)
    fail('schema', String(SCHEMA_VERSION), (value as { schema?: unknown })?.schema);
  if (!Array.isArray(indicators)) {
    fail('indicators', 'an array', indicators);
    return errors;
  }
  const seen = new Set<string>();
  indicators.forEach((entry: Record<string, unknown>, i: number) => {
    const id = String(entry?.id);
    const at = `indicators[${i}] (${id})`;
    if (seen.has(id)) fail(`${at}.id`, 'a unique id', id);
    seen.add(id);
    for (const field of ['name', 'definition'] as const) {
      const text = entry?.[field] as Record<string, unknown> | undefined;
      for (const locale of ['en', 'zh'])
        if (typeof text?.[locale] !== 'string' || (text[locale] as string).trim() === '')
          fail(`${at}.${field}.${locale}`, 'a non-empty string', text?.[locale]);
    }
    if (!CATEGORIES.has(entry?.category as string))
      fail(`${at}.category`, [...CATEGORIES].join(' | '), entry?.category);
    const s = series[id];
    if (!s) {
      fail(`${at}.id`, 'the id of a series file', id);
      return;
    }
    if (entry.unit !== s.unit) fail(`${at}.unit`, `"${s.unit}" (the unit of series/${id}.json)`, entry.unit);
    if (entry.scale !== s.scale) fail(`${at}.scale`, `${s.scale} (the scale of series/${id}.json)`, entry.scale);
    if (entry.sourceId !== s.sourceId) fail(`${at}.sourceId`, `"${s.sourceId}"`, entry.sourceId);
    errors.push(...checkSeriesRule({ series: s, rule: entry.rules as SeriesRule | undefined }));
  });
  for (const id of Object.keys(series)) if (!seen.has(id)) fail('indicators', `an entry for series ${id}`, 'none');
  return errors;
}
