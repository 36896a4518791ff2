import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Tests render components with svelte/server in Node, so the plugin compiles them for SSR.
export default defineConfig({
  plugins: [svelte()],
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    env: { TZ: 'UTC' },
    // Rendering tests take milliseconds idle and can take many seconds on a busy 2-core machine: the limit only
    // catches a hang.
    testTimeout: 300_000
  }
});
