/** Collapses whitespace runs so a quote matches across the line breaks of a hard-wrapped text. */
function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** True when `quote` occurs in `text`, ignoring differences in whitespace. */
export function quoteInText(quote: string, text: string): boolean {
  const q = squash(quote);
  return q.length > 0 && squash(text).includes(q);
}
