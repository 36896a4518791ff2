import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
    prerender: { entries: ['*'], handleHttpError: 'fail', handleMissingId: 'fail' },
    inlineStyleThreshold: 0,
    alias: { $editions: '../../packages/data/editions', $content: 'src/content' }
  }
};

export default config;
