/** Copy references (`{calc:…}`, `{claim:…}`, and the forms that replace them) in a piece of copy. */
const REFERENCE = /\{(calc|claim|series|rank|spec):([^}|]+)(?:\|[^}]*)?\}/g;

/** A reference that resolves to a year or a date: it places a figure in time and is not a figure itself. */
const isDate = (id: string) =>
  /(?:^year\.|^until\.|\.year$|year$|Years?$|^onDate$|^asOf$|Date$|Since$|Exit$|Vintage$)/.test(id);

/**
 * The figures a step asks its reader to hold: every copy reference except years and dates, each counted once
 * ("{claim:a} of {claim:b} is {calc:c}" is three; the same reference twice is one).
 */
export function stepFigures(text: string): string[] {
  const ids = [...text.matchAll(REFERENCE)]
    .map(([, kind, id]) => `${kind}:${id}`)
    .filter((r) => !isDate(r.split(':')[1]));
  return [...new Set(ids)];
}
