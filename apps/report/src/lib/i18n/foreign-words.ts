import type { TextRun } from './text-runs';

export interface ForeignWord {
  kind: 'latin' | 'han' | 'punctuation';
  /** The word, or the punctuation with the characters around it. */
  word: string;
  where: string;
  context: string;
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*(?:['’.&+-][A-Za-z0-9]+)*/g;
/** ASCII sentence punctuation touching a Han character: Chinese prose takes the full-width forms (，；：？！（）). */
const HALF_WIDTH = /[\u4e00-\u9fff][,;:?!(]|[,;:?!)][\u4e00-\u9fff]/g;

const isChinese = (lang: string) => lang.toLowerCase().startsWith('zh');

/**
 * Words in the wrong script for the language they stand in: Latin words in Chinese text outside `allow` (proper names,
 * units, codes, source titles without a Chinese name), any Han character in English text, and half-width punctuation
 * inside Chinese prose. Text marked with its own `lang` (a quote, a source's English title) is judged by that language.
 */
export function foreignWords(o: { runs: TextRun[]; allow: ReadonlySet<string> }): ForeignWord[] {
  const found: ForeignWord[] = [];
  for (const run of o.runs) {
    // Addresses, paths and file names are codes, not words.
    const text = run.text
      .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
      .replace(/[\w@.-]*\/[\w@./-]*/g, ' ')
      .replace(/\b[\w-]+\.(?:csv|json|zip|md|svg|png)\b/g, ' ');
    const context = run.text.length > 120 ? `${run.text.slice(0, 117)}…` : run.text;
    if (isChinese(run.lang)) {
      for (const [word] of text.matchAll(LATIN_WORD)) {
        if (!o.allow.has(word)) found.push({ kind: 'latin', word, where: run.where, context });
      }
      for (const [word] of text.matchAll(HALF_WIDTH))
        found.push({ kind: 'punctuation', word, where: run.where, context });
    } else {
      const han = [...run.text].filter((c) => HAN.test(c)).join('');
      if (han) found.push({ kind: 'han', word: han, where: run.where, context });
    }
  }
  return found;
}
