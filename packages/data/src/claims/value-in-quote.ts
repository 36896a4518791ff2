// Number words as the seed texts use them for counts and ranks ("ranking fifth", "four times", "largest").
const WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twenty: 20,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  largest: 1,
  biggest: 1
};

/** Full-width digits and separators (０-９, ．, ，) to ASCII, so Chinese-formatted numbers compare. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[\uFF10-\uFF19\uFF0E\uFF0C]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0xff0e) return '.';
    if (code === 0xff0c) return ',';
    return String.fromCharCode(code - 0xff10 + 48);
  });
}

/** Every number written in `quote`: digits (1,234.5 / 1234.5 / full-width) and the number words above. */
export function numbersIn(quote: string): number[] {
  const ascii = toAsciiDigits(quote);
  const found: number[] = [];
  for (const m of ascii.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)) {
    found.push(Number(m[0].replace(/,/g, '')));
  }
  for (const m of ascii.toLowerCase().matchAll(/[a-z]+/g)) {
    const n = WORDS[m[0]];
    if (n !== undefined) found.push(n);
  }
  return found;
}

/**
 * True when `value` is written in `quote`. A stated decrease is stored as a negative value while the text prints
 * the magnitude ("decreased by 0.7%"), so the sign is ignored.
 */
export function valueInQuote(value: number, quote: string): boolean {
  const target = Math.abs(value);
  return numbersIn(quote).some((n) => n === target);
}
