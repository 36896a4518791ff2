import { textWidth } from './text-width.ts';

/** Shortens `text` with an ellipsis until its estimated width fits `maxWidth` px. */
export function truncate(text: string, maxWidth: number, fontSize = 12): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(chars.join('') + '…', fontSize) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + '…';
}
