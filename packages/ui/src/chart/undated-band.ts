import { timelineLabelGap, timelineLine } from './timeline-labels.ts';
import { wrapText } from './wrap-text.ts';

/** Space above the band (from the plot's bottom to its heading's first line) and the items' text x right of the axis. */
export const undatedBandGap = 20;
export const undatedLabelX = 22;

/** What the band draws: the heading's lines, each item's lines and the top of its first line; in px from the band's top. */
export interface UndatedBandLayout {
  heading: string[];
  items: { lines: string[]; y: number }[];
  height: number;
}

/**
 * The band of items a timeline names without a date, laid out under its axis at `width` px: the heading, then one
 * hollow marker per item with its label, each wrapped whole onto as many 12 px lines as it needs (never truncated), so
 * a phone shows every name. `height` is the band's full height, the room the chart adds under its plot.
 */
export function undatedBand({
  heading,
  items,
  width
}: {
  heading: string;
  items: { label: string }[];
  width: number;
}): UndatedBandLayout {
  if (!items.length) return { heading: [], items: [], height: 0 };
  const head = wrapText(heading, { width, maxLines: Infinity });
  let y = undatedBandGap + head.length * timelineLine + timelineLabelGap;
  const laid = items.map((item) => {
    const lines = wrapText(item.label, { width: width - undatedLabelX, maxLines: Infinity });
    const at = { lines, y };
    y += lines.length * timelineLine + timelineLabelGap;
    return at;
  });
  return { heading: head, items: laid, height: y - timelineLabelGap };
}
