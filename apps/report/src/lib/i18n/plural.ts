import type { Locale } from './locale';
import { intlLocale } from './locale';

/** The forms of one counted phrase; `other` is required because every language has it (Chinese has only it). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Picks the form for `count` by the locale's CLDR plural rule and puts the count in for `#`.
 * @see https://unicode.org/reports/tr35/tr35-numbers.html#Language_Plural_Rules
 */
export function plural(o: { locale: Locale; count: number; forms: PluralForms }): string {
  const rule = new Intl.PluralRules(intlLocale(o.locale)).select(o.count);
  const form = o.forms[rule] ?? o.forms.other;
  return form.replaceAll('#', new Intl.NumberFormat(intlLocale(o.locale)).format(o.count));
}
