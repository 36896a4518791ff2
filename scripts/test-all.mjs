// README command 2: every test — lint, types, unit, a real Web Worker, and end-to-end in headless Chromium.
import { findChromium } from './chromium.mjs';
import { env, ensureToolchain, run } from './toolchain.mjs';

const chromium = findChromium();
env.CHROMIUM_PATH = chromium;
console.log(`Using Chromium at ${chromium}`);
ensureToolchain();
// isolation: building a second edition must leave every page of the existing ones byte-identical (issue 8).
run('pnpm', ['exec', 'turbo', 'run', 'lint', 'check', 'test', 'build', 'e2e', 'isolation', '--concurrency=2']);
console.log('\n✓ All checks and tests passed.');
