import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './support/chromium';

const port = Number(process.env.DTR_E2E_PORT ?? 4321);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // axe over the whole story takes ~20 s on a loaded 2-core machine; waits for hydration can take seconds there too.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: chromiumPath,
      // Embed tests put the host page and the report on two loopback origins (127.0.0.1 and localhost); Chromium's
      // local-network checks would block one from loading the other, which no public host page meets.
      args: [...chromiumArgs, '--disable-features=LocalNetworkAccessChecks']
    }
  },
  webServer: {
    // The production build, served as the static folder it is.
    command: `pnpm --dir ../apps/report exec vite preview --port ${port} --strictPort`,
    port,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000
  }
});
