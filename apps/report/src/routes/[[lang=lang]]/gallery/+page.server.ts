import { worldGeometry } from '@dtr/ui/world';
import type { EntryGenerator, PageServerLoad } from './$types';

// Not linked from the story, so the prerenderer is told about both locales.
export const entries: EntryGenerator = () => [{}, { lang: 'zh' }];

// Projected here on the server at build time so the page's script does not carry the TopoJSON.
export const load: PageServerLoad = () => ({ world: worldGeometry() });
