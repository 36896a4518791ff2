import { getContext, setContext } from 'svelte';

const key = Symbol('dtr-embed-layouts');

/**
 * Marks the charts below the caller as living in an embed: prerendered on the embed ladder of layout-tiers.ts, since
 * no client code will re-lay them out. Call it during the embed page's initialisation.
 */
export function setEmbedLayouts(): void {
  setContext(key, true);
}

/** Whether the nearest caller above set embed layouts. */
export function hasEmbedLayouts(): boolean {
  return getContext<boolean | undefined>(key) ?? false;
}
