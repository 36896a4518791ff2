import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('.', import.meta.url));

// DTR_OUT gives a build its own output folders, so parallel builds of one checkout do not overwrite each other.
const out = process.env.DTR_OUT ? `-${process.env.DTR_OUT}` : '';
// DTR_EDITIONS_DIR / DTR_CONTENT_DIR point a build at other edition data and copy (the edition-isolation check builds
// the site with an extra edition from a temporary folder); by default the repository's.
const editions = process.env.DTR_EDITIONS_DIR ?? '../../packages/data/editions';
const content = process.env.DTR_CONTENT_DIR ?? 'src/content';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // Svelte's default class hash is of the file name, which it makes relative to the working directory only for files
    // under it: components of packages/ui would be hashed by their absolute path, so the same checkout in another folder
    // built different pages. Hashed by the path relative to the app instead, a build depends on the files alone.
    cssHash: ({ css, filename, hash }) =>
      `svelte-${hash(filename === undefined || filename === '(unknown)' ? css : isAbsolute(filename) ? relative(appDir, filename) : filename)}`
  },
  kit: {
    adapter: adapter({ pages: `build${out}`, assets: `build${out}`, fallback: undefined, strict: true }),
    outDir: `.svelte-kit${out}`,
    // Everything from this origin only; the inline boot script is allowed by its hash. Styles may be inline because
    // charts set colours and positions as style attributes. Written as a <meta> tag, since the site is static files.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'worker-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    },
    prerender: { entries: ['*'], handleHttpError: 'fail', handleMissingId: 'fail' },
    // All CSS (about 12 KB, 4 KB gzipped) goes into each page: no render-blocking stylesheet requests before first paint.
    inlineStyleThreshold: 64 * 1024,
    alias: { $editions: editions, $content: content },
    // A fixed version (not the default build timestamp, which lands in every page) so that building the site with a new
    // edition leaves every other edition's pages byte-identical. Bump it with the app's version.
    version: { name: process.env.DTR_VERSION ?? '0.1.0' }
  }
};

export default config;
