// One file-naming convention (issue 18): TypeScript and JavaScript files are kebab-case (`create-ranker.ts`, holding
// `createRanker`); Svelte components stay PascalCase (`LineChart.svelte`), as Svelte and SvelteKit name them.
// This renames every camelCase .ts/.js file under packages/*/src and tests/ with `git mv` and rewrites the relative
// imports and package.json exports that point at them. Idempotent: with nothing left to rename it changes nothing.
// Usage (repository root, clean tree): node scripts/kebab-case-files.mjs [--dry-run]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const dry = process.argv.includes('--dry-run');
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();

const renames = new Map();
for (const file of tracked) {
  if (!/^(packages\/[^/]+\/src|tests)\//.test(file) || !/\.(ts|js|mjs)$/.test(file) || file.endsWith('.svelte')) continue;
  const name = basename(file);
  if (!/[A-Z]/.test(name)) continue;
  const target = join(dirname(file), kebab(name));
  if (existsSync(join(root, target)) || [...renames.values()].includes(target))
    throw new Error(`${file}: expected a free name ${target}, got an existing file`);
  renames.set(file, target);
}

// Relative specifiers resolve against the importing file; a specifier may omit the extension.
const byAbsolute = new Map();
for (const [from, to] of renames) {
  const abs = join(root, from);
  byAbsolute.set(abs, to);
  byAbsolute.set(abs.replace(/\.(ts|js|mjs)$/, ''), to.replace(/\.(ts|js|mjs)$/, ''));
  byAbsolute.set(abs.replace(/\.ts$/, '.js'), to.replace(/\.ts$/, '.js'));
}
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*|new URL\(\s*)(['"])(\.{1,2}\/[^'"]+)\2/g;
let rewritten = 0;
for (const file of tracked) {
  if (!/\.(ts|js|mjs|cjs|svelte)$/.test(file) || !existsSync(join(root, file))) continue;
  const text = readFileSync(join(root, file), 'utf8');
  const next = text.replace(SPECIFIER, (whole, lead, quote, spec) => {
    const target = byAbsolute.get(resolve(root, dirname(file), spec));
    if (!target) return whole;
    const newSpec = relative(dirname(join(root, file)), join(root, target)).replace(/^(?!\.)/, './');
    return `${lead}${quote}${newSpec}${quote}`;
  });
  if (next !== text) {
    rewritten += 1;
    if (!dry) writeFileSync(join(root, file), next);
  }
}
for (const file of tracked.filter((f) => /^packages\/[^/]+\/package\.json$/.test(f))) {
  const text = readFileSync(join(root, file), 'utf8');
  let next = text;
  for (const [from, to] of renames) {
    const pkg = dirname(file);
    if (!from.startsWith(`${pkg}/`)) continue;
    next = next.split(`"./${from.slice(pkg.length + 1)}"`).join(`"./${to.slice(pkg.length + 1)}"`);
  }
  if (next !== text) {
    rewritten += 1;
    if (!dry) writeFileSync(join(root, file), next);
  }
}
if (!dry) for (const [from, to] of renames) execFileSync('git', ['mv', from, to], { cwd: root });
console.log(`${dry ? 'would rename' : 'renamed'} ${renames.size} files; ${rewritten} files with imports rewritten`);
