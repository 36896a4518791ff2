import { foreignWords, type ForeignWord } from './foreign-words';
import { textRuns } from './text-runs';

/**
 * One built page judged as a reader meets it (scripts/language-check.ts): its `<html lang>`, the words in the wrong
 * script for the language in force where they stand, and how many text runs are marked in another language than the
 * page. A page without `<html lang>` is itself a finding: nothing on it could be judged.
 */
export function pageLanguage(o: { html: string; allow: ReadonlySet<string> }): {
  lang: string;
  found: ForeignWord[];
  marked: number;
} {
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(o.html)?.[1] ?? '';
  if (!lang)
    return { lang, found: [{ kind: 'latin', word: '<html lang> missing', where: 'html', context: '' }], marked: 0 };
  const runs = textRuns(o.html);
  return { lang, found: foreignWords({ runs, allow: o.allow }), marked: runs.filter((r) => r.lang !== lang).length };
}
