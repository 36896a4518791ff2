import { latestEditionYear } from '$lib/server/edition';
import { storyData } from '$lib/server/story-data';
import { localeFromParam } from '$lib/i18n/locale';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => storyData(latestEditionYear, localeFromParam(params.lang));
