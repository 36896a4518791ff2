import { localeFromParam } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import { getEdition } from '$lib/server/edition';
import { editionFromParam, editionPageEntries } from '$lib/server/edition-param';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => editionPageEntries();

export const load: PageServerLoad = ({ params }) => {
  const year = editionFromParam(params.edition);
  const locale = localeFromParam(params.lang);
  const { claims, entities } = getEdition(year);
  const { countries, provinces } = entities;
  // Readers see names, never the ledger's entity codes.
  const names: Record<string, string> = { ...messages(locale).claims.entities };
  for (const e of countries.entities) names[e.code] = e.name[locale];
  for (const p of provinces.provinces) names[p.code] = p.name[locale];
  const cited = new Set(claims.claims.map((c) => c.entity));
  const unnamed = [...cited].filter((e) => !names[e]);
  if (unnamed.length) throw new Error(`Claims ledger ${year}: no ${locale} name for entities ${unnamed.join(', ')}`);
  return { edition: year, ledger: claims, names };
};
