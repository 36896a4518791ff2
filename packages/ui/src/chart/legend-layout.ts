import { textWidth } from './text-width.ts';

export interface LegendItem {
  label: string;
  color: string;
  /** 'line' for series drawn as lines, 'dot' for points, 'rect' (default) for filled marks. */
  shape?: 'rect' | 'line' | 'dot';
  /** A line swatch drawn dashed, as its lines are (planned cables). */
  dashed?: boolean;
}

export interface PlacedLegendItem extends LegendItem {
  x: number;
  y: number;
}

/** Flows legend items into rows no wider than `width`; returns positions and the total height. */
export function legendLayout(
  items: LegendItem[],
  width: number,
  { rowHeight = 18, swatch = 12, gap = 16 } = {}
): { items: PlacedLegendItem[]; height: number } {
  let x = 0;
  let y = 0;
  const placed = items.map((item) => {
    const w = swatch + 4 + textWidth(item.label);
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowHeight;
    }
    const p = { ...item, x, y };
    x += w + gap;
    return p;
  });
  return { items: placed, height: items.length ? y + rowHeight : 0 };
}
