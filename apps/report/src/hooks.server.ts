import type { Handle } from '@sveltejs/kit';
import { intlLocale, localeFromPath } from '$lib/i18n/locale';
import { fillChartSlots } from '$lib/server/static-charts';

/**
 * Sets `<html lang>` per page so screen readers pick the right voice before any script runs, and fills the story's
 * chart slots with their prerendered charts.
 */
export const handle: Handle = ({ event, resolve }) => {
  const locale = localeFromPath(event.url.pathname);
  return resolve(event, {
    transformPageChunk: ({ html }) => fillChartSlots(html.replace('%lang%', intlLocale(locale)), locale)
  });
};
