export interface BarDatum {
  id: string;
  label: string;
  values: Record<string, number | null>;
}

export interface BarSeries {
  key: string;
  label: string;
}

export type BarMode = 'grouped' | 'stacked' | 'diverging';

export interface BarRect {
  id: string;
  key: string;
  /** Series index (colour); -1/-2 for diverging negative/positive. */
  index: number;
  /** Value range along the value axis, x0 ≤ x1. */
  x0: number;
  x1: number;
  /** Slot within the row: 0..slots-1. */
  slot: number;
  slots: number;
  value: number;
}

/**
 * Bars in data space for horizontal bar charts: grouped bars sit side by side from 0, stacked bars pile positives
 * right and negatives left of 0 in series order, diverging bars show the first series coloured by sign.
 */
export function barLayout(data: BarDatum[], series: BarSeries[], mode: BarMode): BarRect[] {
  const out: BarRect[] = [];
  for (const d of data) {
    if (mode === 'diverging') {
      const v = d.values[series[0].key];
      if (v != null)
        out.push({
          id: d.id,
          key: series[0].key,
          index: v < 0 ? -1 : -2,
          x0: Math.min(0, v),
          x1: Math.max(0, v),
          slot: 0,
          slots: 1,
          value: v
        });
    } else if (mode === 'stacked') {
      let pos = 0;
      let neg = 0;
      series.forEach((s, i) => {
        const v = d.values[s.key];
        if (v == null) return;
        const start = v < 0 ? neg : pos;
        if (v < 0) neg += v;
        else pos += v;
        out.push({
          id: d.id,
          key: s.key,
          index: i,
          x0: Math.min(start, start + v),
          x1: Math.max(start, start + v),
          slot: 0,
          slots: 1,
          value: v
        });
      });
    } else {
      series.forEach((s, i) => {
        const v = d.values[s.key];
        if (v != null)
          out.push({
            id: d.id,
            key: s.key,
            index: i,
            x0: Math.min(0, v),
            x1: Math.max(0, v),
            slot: i,
            slots: series.length,
            value: v
          });
      });
    }
  }
  return out;
}
