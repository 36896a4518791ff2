// `pnpm edition <command>`: refs lists an edition's copy references (the app's, apps/report/scripts/edition-refs.mjs);
// every other command (new, build, diff) is the pipeline's CLI (packages/pipeline/src/edition-cli.ts).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const [cmd, ...cmdArgs] =
  args[0] === 'refs'
    ? [process.execPath, 'apps/report/scripts/edition-refs.mjs', ...args.slice(1)]
    : ['pnpm', 'exec', 'tsx', 'packages/pipeline/src/edition-cli.ts', ...args];
const run = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' });
process.exitCode = run.status ?? 1;
