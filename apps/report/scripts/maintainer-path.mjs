// The maintainer path (issue 18): a maintainer publishes the next edition without touching code. In a temporary copy
// of the repository (its tracked and untracked files, node_modules linked to this checkout's), it runs the real commands:
//   pnpm edition new <next>
//   then changes only data and copy: a framework weight (SecureServ 1 → 2), a new sentence with a {series:…} reference
//   in both locales, the last section of story.json dropped, Brazil added to the goods peers in charts.json with
//   a sentence citing its figure, and the WDI country metadata downloaded under a new file name, which only
//   config/sources.json names (a raw folder of links to the real one, that file renamed);
//   pnpm edition build <next> --raw <raw>
//   vite build (the site)
// and checks that the build succeeds, /<next>/ shows the new sentence with its resolved figure and not the dropped
// section, Brazil's high-tech share in the goods copy and in its chart's CSV and embed, the index results carry the
// changed weight (the pillar score is the weighted mean of its indicators), the renamed file was read (the economies
// are those of the previous edition, the manifest names the new file), every page of the existing editions is
// byte-identical to this checkout's own build (apps/report/build, built before by turbo's `build`), and that git in
// the copy shows no .ts, .svelte or other code file changed.
// Usage (from apps/report, after `vite build`): node scripts/maintainer-path.mjs   (about 30 s; KEEP=1 keeps the copy)
// The raw folder is DTR_RAW_DIR, or ../shared/data/raw from the repository root. Without it the check cannot run:
// under CI=true that fails; locally it prints what it skipped and exits 0.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const app = new URL('..', import.meta.url).pathname;
const repo = resolve(app, '../..');
const raw = resolve(process.env.DTR_RAW_DIR ?? join(repo, '../shared/data/raw'));
const baseline = join(app, 'build');

function skipOrFail(reason) {
  if (process.env.CI === 'true') {
    console.error(`maintainer path: FAILED, ${reason}`);
    process.exit(1);
  }
  console.log(`maintainer path: SKIPPED (${reason}); under CI=true this fails`);
  process.exit(0);
}
if (!existsSync(raw)) skipOrFail(`no raw folder at ${raw} (set DTR_RAW_DIR)`);
if (!existsSync(join(baseline, 'index.html'))) skipOrFail(`no site build at ${baseline} (run vite build first)`);

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const work = mkdtempSync(join(tmpdir(), 'dtr-maintainer-'));
const copy = join(work, 'repo');
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (result.status !== 0)
    throw new Error(
      `${cmd} ${args.join(' ')} failed (exit ${result.status}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`
    );
  return result.stdout;
}
const git = (...args) =>
  execFileSync('git', ['-c', 'user.name=maintainer', '-c', 'user.email=maintainer@localhost', ...args], {
    cwd: copy,
    encoding: 'utf8'
  });

/** The repository as a maintainer has it: every file git knows or would add, and node_modules as links. */
function copyRepository() {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repo,
    encoding: 'utf8'
  })
    .split('\0')
    .filter((f) => f && existsSync(join(repo, f)) && !lstatSync(join(repo, f)).isDirectory());
  for (const file of listed) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(repo, file), join(copy, file), { verbatimSymlinks: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'));
  // Workspace packages' node_modules hold relative links (@dtr/* → ../../packages/*, others → the root store), which
  // resolve inside the copy.
  for (const dir of ['apps', 'packages', 'tests'])
    for (const pkg of existsSync(join(repo, dir)) ? readdirSync(join(repo, dir)) : []) {
      const modules = join(repo, dir, pkg, 'node_modules');
      if (existsSync(modules))
        cpSync(modules, join(copy, dir, pkg, 'node_modules'), {
          recursive: true,
          verbatimSymlinks: true,
          filter: (src) => !src.includes('.vite')
        });
    }
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'before the maintainer');
  return listed.length;
}

const files = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => relative(dir, join(d.parentPath, d.name)))
    : [];
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const writeJson = (file, value) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
/** The visible text of a page, tags dropped and entities of the copy decoded. */
const text = (html) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ');

try {
  console.log(`copied ${copyRepository()} files to ${copy} (${seconds()})`);
  const editionsDir = join(copy, 'packages/data/editions');
  const contentDir = join(copy, 'apps/report/src/content');
  const years = readdirSync(editionsDir).filter((d) => /^\d{4}$/.test(d));
  const latest = String(Math.max(...years.map(Number)));
  const next = String(Number(latest) + 1);

  console.log(run('pnpm', ['edition', 'new', next], copy).trim());

  // 1. A framework weight: SecureServ counts twice in its pillar.
  const frameworkFile = join(editionsDir, next, 'config/framework.json');
  const framework = readJson(frameworkFile);
  const indicator = framework.indicators.find((i) => i.code === 'SecureServ');
  const pillar = indicator.pillar;
  indicator.weight = 2;
  writeJson(frameworkFile, framework);

  // 2. A new sentence with a {series:} reference, in both locales, appended to the first section's intro.
  const story = readJson(join(contentDir, next, 'story.json'));
  const first = story.sections[0];
  const sentence = {
    en: 'In the new edition, {series:internet-users:CHN:latest:percent} of people in China used the internet in {series:internet-users:CHN:latest:year}.',
    zh: '新版数据显示，{series:internet-users:CHN:latest:year}年中国有{series:internet-users:CHN:latest:percent}的人使用互联网。'
  };
  for (const locale of ['en', 'zh']) {
    const file = join(contentDir, next, locale, `${first}.json`);
    const section = readJson(file);
    section.intro = `${section.intro}${locale === 'en' ? ' ' : ''}${sentence[locale]}`;
    writeJson(file, section);
  }

  // 3. The last section dropped from the story.
  const dropped = story.sections.at(-1);
  writeJson(join(contentDir, next, 'story.json'), { ...story, sections: story.sections.slice(0, -1) });

  // 4. A peer changed only in data: Brazil added to the goods section's high-tech peers in charts.json (before the
  //    world total), with a named figure, and a sentence citing it in both locales.
  const chartsFile = join(contentDir, next, 'charts.json');
  const charts = readJson(chartsFile);
  const highTech = charts.goods['goods-high-tech'];
  highTech.entities.splice(highTech.entities.indexOf('WLD'), 0, 'BRA');
  highTech.figures = { ...highTech.figures, htBrazil: 'BRA' };
  writeJson(chartsFile, charts);
  const peerSentence = {
    en: 'Brazil joins the peers in this edition: {calc:htBrazil} of its manufactured exports were high-technology products in {calc:htYear}.',
    zh: '本版新增巴西：{calc:htYear}年，巴西高技术产品占其制成品出口的{calc:htBrazil}。'
  };
  for (const locale of ['en', 'zh']) {
    const file = join(contentDir, next, locale, 'goods.json');
    const section = readJson(file);
    section.intro = `${section.intro}${locale === 'en' ? ' ' : ''}${peerSentence[locale]}`;
    writeJson(file, section);
  }

  // 5. A new download under a new name: the WDI country metadata (read by the fixed countries step and the WDI readers
  //    through its role in sources.json) renamed in a raw folder of links to the real one; only sources.json changes.
  const metaFolder = 'wdi_api_bx_gsr_ccis_cd';
  const sourcesFile = join(editionsDir, next, 'config/sources.json');
  const sources = readJson(sourcesFile);
  const metaSource = sources.find((s) => s.roles?.['wdi-country-metadata']);
  const oldMeta = metaSource.roles['wdi-country-metadata'];
  const newMeta = `${metaFolder}/Metadata_Country_${next}_renamed.csv`;
  metaSource.files = metaSource.files.map((f) => (f === oldMeta ? newMeta : f));
  metaSource.roles['wdi-country-metadata'] = newMeta;
  writeJson(sourcesFile, sources);
  const renamedRaw = join(work, 'raw');
  mkdirSync(join(renamedRaw, metaFolder), { recursive: true });
  for (const entry of readdirSync(raw))
    if (entry !== metaFolder) symlinkSync(join(raw, entry), join(renamedRaw, entry));
  for (const file of readdirSync(join(raw, metaFolder))) {
    const name = `${metaFolder}/${file}` === oldMeta ? newMeta : `${metaFolder}/${file}`;
    symlinkSync(join(raw, metaFolder, file), join(renamedRaw, name));
  }

  console.log(run('pnpm', ['edition', 'build', next, '--raw', renamedRaw], copy).trim());
  const countriesOf = (year) => readFileSync(join(editionsDir, year, 'entities/countries.json'), 'utf8');
  check(
    countriesOf(next) === countriesOf(latest),
    `entities/countries.json of ${next}, read from the renamed ${newMeta}, equals ${latest}'s`
  );
  const manifestNext = readJson(join(editionsDir, next, 'manifest.json'));
  check(
    manifestNext.sources.some((s) => s.files.includes(newMeta)) &&
      !manifestNext.sources.some((s) => s.files.includes(oldMeta)),
    `manifest.json of ${next} lists ${newMeta}, not ${oldMeta}`
  );
  const buildOut = run('npx', ['vite', 'build'], join(copy, 'apps/report'));
  check(/Wrote site/.test(buildOut), `the site builds with edition ${next} (${seconds()})`);
  const site = join(copy, 'apps/report/build');

  // The new sentence, its figures resolved from the new edition's own series.
  const users = readJson(join(editionsDir, next, 'series/internet-users.json'));
  const values = users.values.CHN;
  const at = values.findLastIndex((v) => v !== null);
  const percent = `${(values[at] * users.scale).toFixed(1)}%`;
  const expected = {
    en: `In the new edition, ${percent} of people in China used the internet in ${users.years[at]}.`,
    zh: `新版数据显示，${users.years[at]}年中国有${percent}的人使用互联网。`
  };
  for (const [locale, page] of [
    ['en', `${next}/index.html`],
    ['zh', `zh/${next}/index.html`]
  ]) {
    const html = existsSync(join(site, page)) ? readFileSync(join(site, page), 'utf8') : '';
    check(text(html).includes(expected[locale]), `/${page} shows "${expected[locale]}"`);
    check(!html.includes(`id="${dropped}"`), `/${page} has no section "${dropped}"`);
    const before = readFileSync(join(baseline, page.replace(next, latest)), 'utf8');
    check(before.includes(`id="${dropped}"`), `/${page.replace(next, latest)} still has the section "${dropped}"`);
  }

  // The added peer: its figure in the goods copy, from the year every listed peer has a value, and its row in the
  // chart the /<next>/ story loads (the CSV of /charts/<next>/goods-high-tech) and its embed.
  const share = readJson(join(editionsDir, next, 'series/high-tech-exports-share.json'));
  const common = share.years.findLast((_, i) => highTech.entities.every((e) => share.values[e]?.[i] != null));
  const brazil = share.values.BRA[share.years.indexOf(common)] * share.scale;
  const brazilPercent = `${Number(brazil.toFixed(1))}%`;
  const expectedPeer = {
    en: `Brazil joins the peers in this edition: ${brazilPercent} of its manufactured exports were high-technology products in ${common}.`,
    zh: `本版新增巴西：${common}年，巴西高技术产品占其制成品出口的${brazilPercent}。`
  };
  for (const [locale, page] of [
    ['en', `${next}/index.html`],
    ['zh', `zh/${next}/index.html`]
  ]) {
    const html = existsSync(join(site, page)) ? readFileSync(join(site, page), 'utf8') : '';
    check(text(html).includes(expectedPeer[locale]), `/${page} shows "${expectedPeer[locale]}"`);
    const before = readFileSync(join(baseline, page.replace(next, latest)), 'utf8');
    check(
      !text(before).includes(expectedPeer[locale].slice(0, 12)),
      `/${page.replace(next, latest)} has no such sentence`
    );
  }
  const csvOf = (dir, year) => {
    const file = join(dir, `charts/${year}/goods-high-tech.csv`);
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  };
  const brazilRow = csvOf(site, next)
    .split('\n')
    .find((line) => line.includes(',BRA,'));
  check(
    brazilRow !== undefined && Math.abs(Number(brazilRow.split(',').at(-1)) - brazil) < 1e-9,
    `/charts/${next}/goods-high-tech.csv has Brazil's ${common} value ${brazil} (got ${brazilRow})`
  );
  check(!csvOf(baseline, latest).includes(',BRA,'), `/charts/${latest}/goods-high-tech.csv has no Brazil row`);
  const embed = join(site, `embed/${next}/goods-high-tech/index.html`);
  check(
    existsSync(embed) && text(readFileSync(embed, 'utf8')).includes('Brazil'),
    `/embed/${next}/goods-high-tech/ shows Brazil`
  );

  // The changed weight in the index: iMeta and the pillar score, the weighted mean of its indicators' scores.
  const iMeta = readFileSync(join(editionsDir, next, 'index/iMeta.csv'), 'utf8');
  check(/^SecureServ,.*,1,\w+,1,2,Indicator,/m.test(iMeta), `index/iMeta.csv of ${next} gives SecureServ weight 2`);
  const results = readJson(join(editionsDir, next, 'index/results.json'));
  const previous = readJson(join(editionsDir, latest, 'index/results.json'));
  const members = framework.indicators.filter((i) => i.pillar === pillar);
  const unit = results.units.indexOf('CHN');
  const parts = members.map((m) => ({ w: m.weight, s: results.scores[m.code][unit] }));
  const weighted = parts.reduce((sum, p) => sum + p.w * p.s, 0) / parts.reduce((sum, p) => sum + p.w, 0);
  const equal = parts.reduce((sum, p) => sum + p.s, 0) / parts.length;
  const score = results.scores[pillar][unit];
  check(
    Math.abs(score - weighted) < 1e-9 && Math.abs(weighted - equal) > 1e-3,
    `${pillar} of CHN in ${next} is the weighted mean ${weighted.toFixed(4)} (got ${score.toFixed(4)}; equal weights would give ${equal.toFixed(4)})`
  );
  const was = previous.units.indexOf('CHN');
  const wasEqual = members.reduce((sum, m) => sum + previous.scores[m.code][was], 0) / members.length;
  check(
    Math.abs(previous.scores[pillar][was] - wasEqual) < 1e-9,
    `${pillar} of CHN in ${latest} stays the equal-weight mean ${wasEqual.toFixed(4)}`
  );

  // The existing editions' pages and embeds: byte-identical to this checkout's build.
  let compared = 0;
  const differ = [];
  for (const year of years)
    for (const prefix of [year, `zh/${year}`, `embed/${year}`, `zh/embed/${year}`])
      for (const file of files(join(baseline, prefix))) {
        compared += 1;
        const a = readFileSync(join(baseline, prefix, file));
        const b = existsSync(join(site, prefix, file)) ? readFileSync(join(site, prefix, file)) : null;
        if (b === null || !a.equals(b)) differ.push(join(prefix, file));
      }
  check(
    compared > 0 && differ.length === 0,
    `${compared} files of editions ${years.join(', ')}: ${compared - differ.length} byte-identical to apps/report/build`
  );
  for (const f of differ.slice(0, 20)) console.log(`        differs: ${f}`);

  // Nothing but data and copy changed.
  const changed = git('status', '--porcelain', '--untracked-files=all')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
  const code = changed.filter((f) => !/\.(json|csv|md)$/.test(f) && !f.startsWith('apps/report/build/'));
  const outside = changed.filter(
    (f) =>
      !f.startsWith(`packages/data/editions/${next}/`) &&
      !f.startsWith(`apps/report/src/content/${next}/`) &&
      !f.startsWith('apps/report/build/') &&
      !f.startsWith('apps/report/.svelte-kit/')
  );
  check(code.length === 0, `no code file changed (${changed.length} paths changed)`);
  check(outside.length === 0, `every change is in editions/${next}/ or content/${next}/`);
  for (const f of [...new Set([...code, ...outside])]) console.log(`        changed: ${f}`);
} catch (error) {
  failures.push(error.message);
  console.error(error.message);
} finally {
  if (!process.env.KEEP) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
console.log(`maintainer path: ${failures.length === 0 ? 'passed' : `${failures.length} failed`} in ${seconds()}`);
process.exitCode = failures.length === 0 ? 0 : 1;
