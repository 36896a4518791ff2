/**
 * Estimated rendered width of a label in px, for layout on the server where nothing can be measured.
 * CJK characters and the ellipsis are about one em wide, Latin characters about 0.62 em (digits and capitals run wider than lower case),
 * full stops, commas and spaces about 0.4 em (a little over their width in common sans fonts), in the system sans-serif stack.
 */
export function textWidth(text: string, fontSize = 12): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uff00-\uffef\u2026]/.test(ch) ? 1 : /[., ]/.test(ch) ? 0.4 : 0.62;
  return Math.ceil(em * fontSize);
}
