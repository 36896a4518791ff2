// Builds the site twice — with the repository's editions, and with an extra fixture edition 2027 in a temporary folder —
// and checks that every page and embed of the existing editions is byte-identical in both builds (issue 8).
// Usage (from apps/report): node scripts/edition-isolation.mjs   (about a minute per build)
//
// The fixture 2027 edition is the committed 2026 edition with stated revisions, never committed anywhere:
//  - internet-users, China 2023: 77.4827 → 78.5 (a revised value);
//  - series "internet-users-2027-fixture": a copy of internet-users under a new id (a new series);
//  - index/iData.csv, China InternetUse 77.4827 → 78.5 and India FixedBB 3.15046 → 30 (rank changes).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const app = new URL('..', import.meta.url).pathname;
const editionsDir = join(app, '../../packages/data/editions');
const contentDir = join(app, 'src/content');
const work = mkdtempSync(join(tmpdir(), 'dtr-isolation-'));
const years = readdirSync(editionsDir).filter((d) => /^\d{4}$/.test(d));
const next = String(Math.max(...years.map(Number)) + 1);

// The fixture edition.
cpSync(editionsDir, join(work, 'editions'), { recursive: true });
cpSync(contentDir, join(work, 'content'), { recursive: true });
const latest = String(Math.max(...years.map(Number)));
const ed = join(work, 'editions', next);
cpSync(join(work, 'editions', latest), ed, { recursive: true });
cpSync(join(work, 'content', latest), join(work, 'content', next), { recursive: true });
const json = (file) => JSON.parse(readFileSync(join(ed, file), 'utf8'));
const write = (file, value) => writeFileSync(join(ed, file), JSON.stringify(value, null, 2) + '\n');
const manifest = json('manifest.json');
write('manifest.json', {
  ...manifest,
  edition: Number(next),
  published: `${next}-12-01`,
  series: [...manifest.series, 'internet-users-2027-fixture'].sort()
});
const users = json('series/internet-users.json');
users.values.CHN[users.years.indexOf(2023)] = 78.5;
write('series/internet-users.json', users);
write('series/internet-users-2027-fixture.json', { ...users, id: 'internet-users-2027-fixture' });
const iData = readFileSync(join(ed, 'index/iData.csv'), 'utf8');
const revised = iData.replace(/^(CHN,.*),77\.4827,/m, '$1,78.5,').replace(/^(IND,(?:[^,]*,){11})3\.15046,/m, '$130,');
if (revised === iData) throw new Error('fixture revision did not apply to iData.csv');
writeFileSync(join(ed, 'index/iData.csv'), revised);

function build(out, env) {
  const started = Date.now();
  const run = spawnSync('npx', ['vite', 'build'], {
    cwd: app,
    env: { ...process.env, DTR_OUT: out, ...env },
    encoding: 'utf8'
  });
  if (run.status !== 0) throw new Error(`build ${out} failed:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  console.log(`build ${out}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return join(app, `build-${out}`);
}

const files = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => relative(dir, join(d.parentPath, d.name)))
    : [];

try {
  const before = build('iso-a', {});
  const after = build('iso-b', { DTR_EDITIONS_DIR: join(work, 'editions'), DTR_CONTENT_DIR: join(work, 'content') });
  let compared = 0;
  const differ = [];
  for (const year of years) {
    for (const prefix of [year, `zh/${year}`, `embed/${year}`, `zh/embed/${year}`]) {
      for (const file of files(join(before, prefix))) {
        compared += 1;
        const a = readFileSync(join(before, prefix, file));
        const b = existsSync(join(after, prefix, file)) ? readFileSync(join(after, prefix, file)) : null;
        if (b === null || !a.equals(b)) differ.push(join(prefix, file));
      }
    }
  }
  const missingAssets = files(join(before, '_app/immutable')).filter(
    (f) => !existsSync(join(after, '_app/immutable', f))
  );
  const added = [
    `${next}/index.html`,
    `${next}/changelog/index.html`,
    `zh/${next}/changelog/index.html`,
    `embed/${next}`
  ].filter((p) => !existsSync(join(after, p)));
  console.log(
    `compared ${compared} files of editions ${years.join(', ')}: ${compared - differ.length} byte-identical, ${differ.length} different`
  );
  console.log(
    `assets of the first build missing from the second: ${missingAssets.length}; pages of edition ${next} missing: ${added.length}`
  );
  for (const f of differ.slice(0, 20)) console.log(`  differs: ${f}`);
  const changelog = readFileSync(join(after, next, 'changelog/index.html'), 'utf8');
  console.log(
    `changelog ${next}: mentions internet-users-2027-fixture: ${changelog.includes('internet-users-2027-fixture')}, beyond noise: ${(changelog.match(/beyond noise/g) ?? []).length}, within noise: ${(changelog.match(/within noise/g) ?? []).length}`
  );
  process.exitCode = differ.length === 0 && missingAssets.length === 0 && added.length === 0 && compared > 0 ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
  if (!process.env.KEEP)
    for (const out of ['iso-a', 'iso-b'])
      for (const d of [`build-${out}`, `.svelte-kit-${out}`]) rmSync(join(app, d), { recursive: true, force: true });
}
