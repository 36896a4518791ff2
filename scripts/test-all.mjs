// README command 2: every test — lint, types, unit, a real Web Worker, end-to-end in headless Chromium, the size gates,
// and the cross-engine suite in Chromium, Firefox and WebKit.
// Nothing here is gated on wall-clock time: timings are printed by `pnpm bench` (scripts/bench.mjs), never by npm test.
import { findChromium } from './chromium.mjs';
import { env, ensureToolchain, run } from './toolchain.mjs';

const chromium = findChromium();
env.CHROMIUM_PATH = chromium;
console.log(`Using Chromium at ${chromium}`);
ensureToolchain();
// language: no Latin word outside the allowlist on a Chinese page, no Han character on an English page (issue 14).
// isolation: building a second edition must leave every page of the existing ones byte-identical (issue 8).
// maintainer: the maintainer path (issue 18): pnpm edition new/build of the next edition in a temporary copy of the
// repository, changing only data and copy, then the site; the existing editions' pages stay byte-identical.
// gates: bytes of JavaScript before interaction and chart data sizes, which do not depend on the machine's speed.
// layers: the import rules of DESIGN.md (.dependency-cruiser.cjs), and a test that they fail on wrong imports.
run('pnpm', [
  'exec',
  'turbo',
  'run',
  'lint',
  'layers',
  'check',
  'test',
  'build',
  'e2e',
  'language',
  'isolation',
  'maintainer',
  'gates',
  '--concurrency=2'
]);
// The same build read in three engines (issue 19): Chromium, Firefox (WebDriver BiDi) and WebKitGTK (WebKitWebDriver).
// Alone, after e2e, so the engines do not compete with Playwright; a missing engine fails under CI=true.
run('pnpm', ['exec', 'turbo', 'run', 'cross-engine', '--concurrency=1']);
console.log('\n✓ All checks and tests passed.');
