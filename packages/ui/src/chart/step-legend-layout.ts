import { textWidth } from './text-width.ts';

export interface StepLegendLayout {
  swatches: { x: number; width: number; color: string }[];
  /** Class bounds, each centred under its swatch edge. */
  ticks: { x: number; label: string; anchor: 'middle' }[];
  /** The no-data swatch and its label after the classes, when there is one. */
  noData?: { x: number; label: string; color: string };
  height: number;
  /** False when the bound labels would touch at this width (use the flowed legend instead). */
  fits: boolean;
}

const SWATCH = 10;
const GAP = 4;
const FONT = 11;

/**
 * A compact legend for classed values on one row, as Datawrapper and the FT draw choropleth keys on phones: adjoining
 * swatches, one per class, with each bound written once under the edge between two classes (instead of a "lo–hi"
 * label per class flowed onto several rows), then the no-data swatch with its label. `bounds` has one label more than
 * `colors`. Text at 11 px; `fits` says whether the bound labels keep 4 px apart at this width.
 */
export function stepLegendLayout({
  bounds,
  colors,
  width,
  noData
}: {
  bounds: string[];
  colors: string[];
  width: number;
  noData?: { label: string; color: string };
}): StepLegendLayout {
  const tail = noData ? 12 + SWATCH + GAP + textWidth(noData.label, FONT) : 0;
  const widths = bounds.map((label) => textWidth(label, FONT));
  // Every bound centred under its edge: the swatches are inset by half the first and half the last label.
  const start = widths[0] / 2;
  const step = (width - tail - start - widths[widths.length - 1] / 2) / colors.length;
  const swatches = colors.map((color, i) => ({ x: start + i * step, width: step, color }));
  const ticks = bounds.map((label, i) => ({ x: start + i * step, label, anchor: 'middle' as const }));
  const fits = step > 0 && widths.every((w, i) => i === 0 || (widths[i - 1] + w) / 2 + GAP <= step);
  return {
    swatches,
    ticks,
    noData: noData && { x: width - tail + 12, ...noData },
    height: SWATCH + GAP + FONT + 5,
    fits
  };
}
