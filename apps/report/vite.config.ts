import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { embedFrameScript } from './vite-plugins/embed-frame.ts';

export default defineConfig({
  plugins: [sveltekit(), embedFrameScript()],
  worker: { format: 'es' },
  server: { fs: { allow: ['../..'] } },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts'],
    // Some tests build the whole edition download (a zip) twice; on a loaded 2-core CI machine that takes seconds.
    testTimeout: 300_000,
    // world-atlas ships bare JSON, which Node will not import without an attribute: let vite load it.
    server: { deps: { inline: [/world-atlas/] } }
  }
});
