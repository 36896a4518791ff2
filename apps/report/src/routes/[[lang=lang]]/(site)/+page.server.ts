import { latestEditionYear } from '$lib/server/edition';
import { storyPageData } from '$lib/server/story-data';
import { localeFromParam } from '$lib/i18n/locale';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => storyPageData(latestEditionYear, localeFromParam(params.lang));
