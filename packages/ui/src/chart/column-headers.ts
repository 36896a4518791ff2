import { textWidth } from './text-width.ts';
import { wrapText } from './wrap-text.ts';

/**
 * Headers of a matrix's columns (Cells.svg.svelte) `width` px wide, at 11 px: a few named columns (parties, regions)
 * each keep their header, on two lines when narrow; when a header cannot be whole even so (a year in a phone's column,
 * "2016" in 30 px) or there are many columns, every k-th header is shown whole instead, so none is cut or overlaps.
 */
export function columnHeaders({ labels, width }: { labels: string[]; width: number }): {
  every: number;
  lines: string[][];
} {
  if (labels.length <= 8) {
    const wrapped = labels.map((l) => wrapText(l, { width: width - 4, maxLines: 2, fontSize: 11 }));
    if (wrapped.every((lines) => !lines.some((l) => l.endsWith('…')))) return { every: 1, lines: wrapped };
  }
  const widest = Math.max(...labels.map((l) => textWidth(l, 11)));
  return { every: Math.max(1, Math.ceil((widest + 6) / width)), lines: labels.map((l) => [l]) };
}
