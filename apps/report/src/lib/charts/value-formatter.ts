import { formatNumber, formatPercent } from '@dtr/ui';
import type { Locale } from '$lib/i18n/locale';
import type { ValueFormat } from './payload';

/** Turns a serialisable format description into the formatter a chart component takes. */
export function valueFormatter(format: ValueFormat | undefined, locale: Locale): (value: number) => string {
  if (format?.percent) return (v) => formatPercent(v, { locale, digits: format.digits ?? 1 });
  return (v) => formatNumber(v, { locale, unit: format?.unit, scale: format?.scale, digits: format?.digits });
}
