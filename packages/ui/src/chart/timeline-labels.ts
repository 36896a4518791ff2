import { formatDate } from '../format/format-date.ts';
import type { Locale } from '../format/locale.ts';
import { wrapText } from './wrap-text.ts';

/** Line height and space between two labels of a timeline, in px at its 12 px text, and the labels' x right of the axis. */
export const timelineLine = 15;
export const timelineLabelGap = 5;
export const timelineLabelX = 40;
/**
 * Room the labels keep, in px, when thresholds are drawn across them: at the right, clear of a threshold's connector
 * down the plot's right edge, and at the top, clear of the thresholds' labels above the plot (half of it there).
 */
export const timelineNoteRoom = 8;

/**
 * Each event's label ("2017 USTR: Key Barriers to Digital Trade", dated to the precision given: a year stays a year)
 * broken onto as many lines of `width` px as it needs, never shortened: a reader needs the whole label, as in the FT's
 * and Datawrapper's phone timelines, which wrap rather than truncate.
 */
export function timelineLabels({
  events,
  width,
  locale
}: {
  events: { date: string; label: string }[];
  width: number;
  locale: Locale;
}): string[][] {
  return events.map((e) =>
    wrapText(`${formatDate(e.date, { locale, precision: 'month' })} ${e.label}`, { width, maxLines: Infinity })
  );
}
