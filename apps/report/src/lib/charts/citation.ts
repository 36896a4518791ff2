import type { Locale } from '$lib/i18n/locale';

/** How to cite one chart of one edition. */
export function chartCitation(o: {
  locale: Locale;
  edition: number;
  id: string;
  title: string;
  sources: string[];
  /** The chart's licence as its frame prints it. */
  licence: string;
}): string {
  return o.locale === 'zh'
    ? `数字贸易报告（${o.edition}年版），图表“${o.title}”（${o.id}）。数据来源：${o.sources.join('；')}。许可：${o.licence}。`
    : `Digital Trade Report, ${o.edition} edition, chart “${o.title}” (${o.id}). Data: ${o.sources.join('; ')}. Licence: ${o.licence}.`;
}
