import { defineConfig } from 'vitest/config';

export default defineConfig({
  // CLI and build tests spawn processes; on a loaded 2-core CI machine they can take several seconds.
  test: { testTimeout: 60_000 }
});
