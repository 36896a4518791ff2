import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';

const entry = resolve(import.meta.dirname, '../src/lib/embed/embed-frame.ts');

/**
 * Bundles the chart embeds' one script, src/lib/embed/embed-frame.ts, on its own (no Svelte runtime, an IIFE) into
 * the client output as /embed-frame.js, next to SvelteKit's files, so the preview server and the static adapter both
 * serve it. Embed pages are prerendered without client-side Svelte and load only this script.
 */
export function embedFrameScript(): Plugin {
  return {
    name: 'dtr-embed-frame-script',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    async writeBundle(options) {
      if (!options.dir) throw new Error('embed-frame: the client build has no output directory');
      await build({
        configFile: false,
        publicDir: false,
        logLevel: 'warn',
        build: {
          outDir: options.dir,
          emptyOutDir: false,
          minify: true,
          lib: { entry, formats: ['iife'], name: 'dtrEmbedFrame', fileName: () => 'embed-frame.js' },
          // An IIFE is one file: the export code frame-actions.ts loads lazily in the story is inlined here (an embed
          // loads only this script, and it stays a few KB).
          rollupOptions: { output: { inlineDynamicImports: true } }
        }
      });
    }
  };
}
