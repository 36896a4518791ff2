import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// DTR_OUT gives a build its own output folders, so parallel builds of one checkout do not overwrite each other.
const out = process.env.DTR_OUT ? `-${process.env.DTR_OUT}` : '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: `build${out}`, assets: `build${out}`, fallback: undefined, strict: true }),
    outDir: `.svelte-kit${out}`,
    prerender: { entries: ['*'], handleHttpError: 'fail', handleMissingId: 'fail' },
    inlineStyleThreshold: 0,
    alias: { $editions: '../../packages/data/editions', $content: 'src/content' }
  }
};

export default config;
