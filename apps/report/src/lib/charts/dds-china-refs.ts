import { formatNumber, formatPercent } from '@dtr/ui';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import type { DdsChina } from './dds-china';

/** The figures the services copy may cite as `{calc:…}`, formatted for the reader's locale. */
export function ddsChinaRefs(m: DdsChina, locale: Locale): Record<string, string> {
  const last = m.years.length - 1;
  const usd = (v: number) => formatNumber(v, { locale, unit: 'US$' });
  const pct = (v: number) => formatPercent(v, { locale, digits: 1 });
  const years = (ys: number[]) => ys.map(String).join(messages(locale).site.listSeparator);
  const refs: Record<string, string> = {
    firstYear: String(m.firstYear),
    lastYear: String(m.lastYear),
    exportsFirst: usd(m.exports[0]),
    exportsLast: usd(m.exports[last]),
    importsFirst: usd(m.imports[0]),
    importsLast: usd(m.imports[last]),
    balanceFirst: usd(Math.abs(m.balance[0])),
    balanceLast: usd(m.balance[last]),
    cagrExports: pct(m.cagrExports),
    cagrImports: pct(m.cagrImports),
    cagrWorldExports: pct(m.cagrWorldExports),
    shareFirst: pct(m.shareOfWorld[0]),
    shareLast: pct(m.shareOfWorld[last])
  };
  // Only offered when the data supports the sentence; otherwise the copy's reference fails the build.
  if (m.surplusSince !== null) refs.surplusSince = String(m.surplusSince);
  if (m.earlierSurplusYears.length > 0) refs.earlierSurplusYears = years(m.earlierSurplusYears);
  return refs;
}
