/** Flattest a free-aspect plot is drawn to fit a short screen: about 16:9 at a 288 px phone column. */
export const shortestPlot = 160;

/**
 * Height of a free-aspect chart (lines, slopes, treemaps) at a layout width: the desktop height from 640 px, and on
 * phones a landscape-ish plot (three quarters of the width, at least `min`) so that the sticky graphic with its title
 * stays within 60 % of a phone's screen and the plot has no empty bands. Given the room a short screen leaves
 * (plot-room.ts), flatter to fit it, but never below `shortestPlot` (a 320 × 568 phone, as the Pudding and the FT
 * draw their sticky graphics there: a wide, shallow plot under a compact title).
 */
export function phoneHeight({ height, min = 220 }: { height: number; min?: number }) {
  return (width: number, room?: number): number => {
    const natural = width >= 640 ? height : Math.round(Math.min(height, Math.max(min, width * 0.75)));
    return room === undefined ? natural : Math.min(natural, Math.max(shortestPlot, Math.floor(room)));
  };
}
