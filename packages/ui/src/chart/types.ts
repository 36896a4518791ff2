export interface Point {
  x: number;
  y: number | null;
}

export interface Series {
  id: string;
  label: string;
  points: Point[];
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Formats a value for display; the chart passes the locale it renders in. */
export type ValueFormatter = (value: number) => string;

/** Numbers in the data are `value × scale` units, e.g. `{ unit: 'US$', scale: 1e6 }` for millions of dollars. */
export interface UnitSpec {
  unit?: string;
  scale?: number;
}
