// Shared by the two README commands: make sure the pinned pnpm is on PATH and the workspace is installed,
// using nothing but Node and npm. A global install is not required: pnpm goes into ./.tools when missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.replace(/^pnpm@/, '');
const localBin = join(root, '.tools', 'node_modules', '.bin');

export const env = {
  ...process.env,
  PATH: [localBin, process.env.PATH].join(delimiter),
  TURBO_TELEMETRY_DISABLED: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1'
};

function pnpmVersion() {
  const r = spawnSync('pnpm', ['--version'], { env, encoding: 'utf8', shell: process.platform === 'win32' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Runs a command with the toolchain's PATH; a failure ends this process unless `check` is false. Returns its success. */
export function run(cmd, args, { check = true, ...options } = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32', ...options });
  if (r.status !== 0 && check) {
    console.error(`\n✗ "${[cmd, ...args].join(' ')}" exited with ${r.status ?? r.signal}.`);
    process.exit(r.status ?? 1);
  }
  return r.status === 0;
}

export function ensureToolchain() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20) {
    console.error(`Node ${process.versions.node} is too old: this project needs Node 20 or newer.`);
    process.exit(1);
  }
  if (pnpmVersion() !== pinned) {
    console.log(`Installing pnpm ${pinned} into .tools/ (no global install needed)…`);
    execFileSync('npm', ['install', '--prefix', join(root, '.tools'), '--no-audit', '--no-fund', `pnpm@${pinned}`], {
      stdio: 'inherit',
      shell: process.platform === 'win32'
    });
    if (!existsSync(localBin) || pnpmVersion() !== pinned) {
      console.error(`Could not install pnpm ${pinned}. Install it with: npm i -g pnpm@${pinned}`);
      process.exit(1);
    }
  }
  run('pnpm', ['install', '--frozen-lockfile']);
}
