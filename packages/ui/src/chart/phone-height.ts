/**
 * Height of a free-aspect chart (lines, slopes, treemaps) at a layout width: the desktop height from 640 px, and on
 * phones a landscape-ish plot (three quarters of the width, at least `min`) so that the sticky graphic with its title
 * stays within 60 % of a phone's screen and the plot has no empty bands.
 */
export function phoneHeight({ height, min = 220 }: { height: number; min?: number }): (width: number) => number {
  return (width) => (width >= 640 ? height : Math.round(Math.min(height, Math.max(min, width * 0.75))));
}
