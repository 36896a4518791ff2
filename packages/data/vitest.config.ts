import { defineConfig } from 'vitest/config';

export default defineConfig({
  // CLI and build tests spawn processes: seconds on an idle machine, minutes on a 2-core one that is busy. The limit only
  // catches a hang; tests check behaviour, never speed.
  test: { testTimeout: 300_000 }
});
