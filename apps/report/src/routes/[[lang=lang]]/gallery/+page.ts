import type { EntryGenerator } from './$types';

// Not linked from the story, so the prerenderer is told about both locales.
export const entries: EntryGenerator = () => [{}, { lang: 'zh' }];
