import type { Handle } from '@sveltejs/kit';
import { htmlLang, localeFromPath } from '$lib/i18n/locale';

/** Sets `<html lang>` per page so screen readers pick the right voice before any script runs. */
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', htmlLang(localeFromPath(event.url.pathname)))
  });
