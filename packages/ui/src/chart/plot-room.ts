import { getContext, setContext } from 'svelte';

const key = Symbol('dtr-plot-room');

/**
 * Gives the charts below the caller the height their drawing may take, in CSS px, or undefined for no limit: the story's
 * sticky graphic on a short phone, where the title and plot must fit 60 % of the screen. A chart whose height is free
 * (lines, slopes, treemaps; see phone-height.ts) is drawn flatter to fit, down to a floor that keeps it readable; a chart
 * whose height is its content (bars, tiles, maps) ignores it. Call it during the caller's initialisation with a getter
 * that reads reactive state.
 */
export function setPlotRoom(room: () => number | undefined): void {
  setContext(key, room);
}

/** A getter of the nearest caller's plot room (undefined when none was set); call it during initialisation, read the
 * getter where it should react. */
export function plotRoom(): () => number | undefined {
  return getContext<(() => number | undefined) | undefined>(key) ?? (() => undefined);
}
