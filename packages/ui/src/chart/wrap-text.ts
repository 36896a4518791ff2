import { textWidth } from './text-width.ts';
import { truncate } from './truncate.ts';

/**
 * Breaks a label into at most `maxLines` lines no wider than `width` px: at spaces for Latin text (and after the hyphen
 * of a hyphenated word wider than a line on its own: "Non-" / "discrimination"), between any two
 * characters for CJK (punctuation kept with its character). A label that still does not fit ends in an ellipsis.
 */
export function wrapText(
  text: string,
  { width, maxLines, fontSize = 12 }: { width: number; maxLines: number; fontSize?: number }
): string[] {
  if (maxLines < 1 || width <= 0) return [];
  // A CJK character is a token of its own, holding on to the opening marks before it and the closing marks and
  // punctuation after it, so no line starts with "、" or "》" nor ends with "《" (the line-breaking rules of
  // Chinese typesetting, W3C clreq §3.1.7).
  const words =
    text.match(
      /[《〈「『【（“‘]*[\u2e80-\u9fff\uff00-\uffef][》〉」』】）”’、，。：；！？]*|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/g
    ) ?? [];
  const tokens = words.flatMap((w) =>
    textWidth(w.trimEnd(), fontSize) > width ? w.split(/(?<=[A-Za-z]-)(?=[A-Za-z])/) : [w]
  );
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && textWidth((line + token).trimEnd(), fontSize) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines.map((l) => truncate(l, width, fontSize));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${kept[maxLines - 1]} ${lines[maxLines]}`, width, fontSize);
  if (!kept[maxLines - 1].endsWith('…')) kept[maxLines - 1] = truncate(kept[maxLines - 1] + '…', width, fontSize);
  return kept;
}
