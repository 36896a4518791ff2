import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  worker: { format: 'es' },
  server: { fs: { allow: ['../..'] } },
  preview: { port: 4173, strictPort: true },
  test: { include: ['src/**/*.test.ts'] }
});
