import type { PlacedEvent } from './timeline-event.ts';

/** One row of a timeline as drawn: an event, or, on a phone, several of one year named by their short names. */
export interface TimelineRow {
  id: string;
  /** The row's date: the event's, or the year the grouped events share. */
  date: string;
  label: string;
  kind?: number;
  lang?: string;
  record?: boolean;
  /** The time of the row's first event (its label's anchor), and the times of all its events (a dot each). */
  t: number;
  times: number[];
}

/**
 * A timeline's rows. Laid out `compact` (a phone), the events of the same year and style that carry a `short`
 * name (a partner, where the full name stays in the table and the description) share one row, "2024 Nicaragua ·
 * Ecuador · Serbia", with a dot per event; events without one keep their own row. Otherwise one row per event.
 */
export function timelineRows({
  events,
  compact,
  separator = ' · '
}: {
  events: PlacedEvent[];
  compact: boolean;
  separator?: string;
}): TimelineRow[] {
  const rows: TimelineRow[] = [];
  // The group each row stands for (year and style), parallel to `rows`; none for a row of its own.
  const groups: (string | undefined)[] = [];
  for (const e of events) {
    const group = compact && e.short !== undefined ? `${e.date.slice(0, 4)}|${e.record ? 1 : 0}` : undefined;
    const last = group === undefined ? undefined : rows[groups.indexOf(group)];
    if (last) {
      last.id += `+${e.id}`;
      last.label += `${separator}${e.short}`;
      last.times.push(e.t);
      if (last.lang !== e.lang) delete last.lang;
      continue;
    }
    rows.push({
      id: e.id,
      date: group ? e.date.slice(0, 4) : e.date,
      label: group ? e.short! : e.label,
      ...(e.kind !== undefined ? { kind: e.kind } : {}),
      ...(e.lang ? { lang: e.lang } : {}),
      ...(e.record ? { record: true } : {}),
      t: e.t,
      times: [e.t]
    });
    groups.push(group);
  }
  return rows;
}
