// `pnpm bench`: every timing the project tracks, printed with its target — the core engine's speed (target a of issue
// 17: dtr uncertainty against numpy), the explorer's settle time after a weight change (target b), then Lighthouse,
// long tasks and layout shift on the production build (built first if missing). Each prints wall and CPU time and the
// load average. Run by hand, never by npm test or CI:
// it exits 1 when a target is missed, and a busy machine misses targets that an idle one meets.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './chromium.mjs';
import { env, ensureToolchain, root, run } from './toolchain.mjs';

env.CHROMIUM_PATH = findChromium();
ensureToolchain();
let failed = 0;
const step = (cmd, args) => {
  if (!run(cmd, args, { check: false })) failed++;
};
step('pnpm', ['--filter', '@dtr/core', 'run', 'bench']);
if (!existsSync(join(root, 'apps/report/build')))
  run('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@dtr/report']);
step('pnpm', ['--filter', '@dtr/tests', 'run', 'bench:explorer']);
step('pnpm', ['--filter', '@dtr/tests', 'run', 'bench']);
if (failed > 0) {
  console.error(`\n✗ ${failed} benchmark group(s) missed a target.`);
  process.exit(1);
}
console.log('\n✓ Every benchmark met its target.');
