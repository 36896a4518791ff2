import { worldGeometry } from '@dtr/ui/world';
import { localeFromParam } from '$lib/i18n/locale';
import { getEdition, latestEditionYear } from '$lib/server/edition';
import type { EntryGenerator, PageServerLoad } from './$types';

// Not linked from the story, so the prerenderer is told about both locales.
export const entries: EntryGenerator = () => [{}, { lang: 'zh' }];

// Projected here on the server at build time so the page's script does not carry the TopoJSON.
// The fixtures carry English names (which the gallery's tests pin); other locales take the latest edition's names,
// and the frames cite the latest edition.
export const load: PageServerLoad = ({ params }) => {
  const locale = localeFromParam(params.lang);
  const names: Record<string, string> =
    locale === 'en'
      ? {}
      : Object.fromEntries(
          getEdition(latestEditionYear).entities.countries.entities.map((e) => [e.code, e.name[locale]])
        );
  return { world: worldGeometry(), names, edition: String(latestEditionYear) };
};
