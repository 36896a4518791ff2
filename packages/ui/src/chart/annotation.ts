/**
 * A note a chart draws on its data, in the data's coordinates: a vertical rule at an x (an event, a break in a series),
 * a band between two x values (a period), a horizontal threshold at a y (a reference value), a labelled point, or a
 * callout whose label sits off the point with a connector. On a category axis (the rows of a bar chart or beeswarm) a
 * point's or callout's `y` is the row's key, and the point sits in the middle of the row; on a timeline `y` is the time.
 */
export type Annotation =
  | { kind?: 'rule'; x: number; label: string }
  | { kind: 'band'; x0: number; x1: number; label: string }
  | { kind: 'threshold'; y: number; label: string }
  | { kind: 'point'; x: number; y: number | string; label: string }
  | { kind: 'callout'; x: number; y: number | string; label: string };
