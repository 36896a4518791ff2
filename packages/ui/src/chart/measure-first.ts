import { getContext, setContext } from 'svelte';

const key = Symbol('dtr-measure-first');

/**
 * Marks the charts below the caller as created in the browser and never hydrated (the story's chart slots, which draw
 * a chart when its data arrives or a step swaps it in): such a chart skips the prerendered layouts (Chart.svelte's
 * desktop and phone widths, which only matter before scripts run) and draws once, at its container's measured width,
 * in the same task. Drawing every layout first and then the measured one made a swap build the chart four times (the
 * cable map's 190 ms task). Call it during the caller's initialisation.
 */
export function setMeasureFirst(): void {
  setContext(key, true);
}

/** Whether the nearest caller above asked its charts to measure first. */
export function measuresFirst(): boolean {
  return getContext<boolean | undefined>(key) ?? false;
}
