/** One event of a timeline (Timeline.svelte), as the chart's caller gives it. */
export interface TimelineEvent {
  id: string;
  /** ISO date (YYYY-MM-DD) or year. */
  date: string;
  label: string;
  /** Series index for colour, e.g. 1 for exits. */
  kind?: number;
  /** The label's language when it is not the chart's (a name with no form in the chart's language). */
  lang?: string;
  /** A public-record fact rather than a text's date: drawn as a hollow diamond with a dashed leader. */
  record?: boolean;
  /** Events with the same `pair` are one thing dated two ways (a text's date and the record's): a bracket joins them. */
  pair?: string;
  /** A short name (a partner) for a phone layout, where the year's short-named events share a row (`compactBelow`). */
  short?: string;
}

/** An event placed on the time axis: `t` is its time in the axis's units. */
export type PlacedEvent = TimelineEvent & { t: number };
