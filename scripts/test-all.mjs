// README command 2: every test — lint, types, unit, a real Web Worker, and end-to-end in headless Chromium.
import { findChromium } from './chromium.mjs';
import { env, ensureToolchain, run } from './toolchain.mjs';

const chromium = findChromium();
env.CHROMIUM_PATH = chromium;
console.log(`Using Chromium at ${chromium}`);
ensureToolchain();
// isolation: building a second edition must leave every page of the existing ones byte-identical (issue 8).
run('pnpm', ['exec', 'turbo', 'run', 'lint', 'check', 'test', 'build', 'e2e', 'isolation', '--concurrency=2']);
// Budgets (issue 9) last and alone, so no other task competes for the CPU while Lighthouse and the long-task probe run:
// weight, layout shift, long tasks while scrolling and Lighthouse scores on the production build; a breach fails.
run('pnpm', ['exec', 'turbo', 'run', 'budgets', '--concurrency=1']);
console.log('\n✓ All checks and tests passed.');
