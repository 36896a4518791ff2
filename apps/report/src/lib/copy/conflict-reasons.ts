import type { ClaimsLedger } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';

const words: Record<string, Record<Locale, string>> = {
  definition: { en: 'different definitions', zh: '统计口径不同' },
  vintage: { en: 'different data releases', zh: '数据版本不同' },
  source: { en: 'different compilers', zh: '数据来源不同' },
  garbled: { en: 'a garbled figure in a text', zh: '原文数字错乱' },
  slip: { en: 'a mislabelled year', zh: '年份标注有误' },
  rounding: { en: 'rounding', zh: '四舍五入' },
  unexplained: { en: 'not explained by the texts', zh: '原文未说明' }
};

/** The reasons a claims-ledger conflict group gives, in the reader's words: "different definitions; …". */
export function conflictReasons(ledger: ClaimsLedger, group: string, locale: Locale): string {
  const g = ledger.conflicts.find((c) => c.id === group);
  if (!g) throw new Error(`The claims ledger has no conflict group "${group}"`);
  return g.reasons.map((r) => words[r]?.[locale] ?? r).join(locale === 'zh' ? '；' : '; ');
}
