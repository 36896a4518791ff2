// Build-time language check (issue 14): every prerendered page in build/ is read as a reader meets it; a Chinese page
// may carry Latin words only from the allowlist below or inside an element marked lang="en" (a quote, a source's English
// title), and an English page no Han character outside an element marked lang="zh-CN". Half-width punctuation inside
// Chinese prose fails too. Usage (from apps/report, after the build): tsx scripts/language-check.ts
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ForeignWord } from '../src/lib/i18n/foreign-words';
import { pageLanguage } from '../src/lib/i18n/page-language';
import allowlist from './language-allowlist.json' with { type: 'json' };

const build = new URL('../build', import.meta.url).pathname;
const editions = new URL('../../../packages/data/editions', import.meta.url).pathname;
const years = readdirSync(editions).filter((d) => /^\d{4}$/.test(d));
const entities = <T>(year: string, name: string): T =>
  JSON.parse(readFileSync(join(editions, year, 'entities', `${name}.json`), 'utf8')) as T;
// Codes a reader meets beside the name they stand for: ISO 3166 alpha-3 and province codes in a data table's code
// column (the CSV's join key), and chart ids in citations ("chart rules-stances").
const codes = new Set(
  years.flatMap((y) => [
    ...entities<{ entities: { code: string }[] }>(y, 'countries').entities.map((e) => e.code),
    ...entities<{ provinces: { code: string }[] }>(y, 'provinces').provinces.map((p) => p.code)
  ])
);
const allow = new Set([...Object.values(allowlist).flat(), ...codes]);

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

let files: string[];
try {
  files = pages(build);
} catch {
  console.error(`language-check: no build at ${build}; run the build first`);
  process.exit(1);
}
if (files.length === 0) {
  console.error(`language-check: ${build} holds no .html pages`);
  process.exit(1);
}
// The gallery's frames cite their own ids ("chart gallery-line").
const gallery = readFileSync(new URL('../src/routes/[[lang=lang]]/gallery/+page.svelte', import.meta.url), 'utf8');
for (const [, id] of gallery.matchAll(/\bid="(gallery-[\w-]+)"/g)) allow.add(id);
for (const year of readdirSync(join(build, 'charts')))
  for (const f of readdirSync(join(build, 'charts', year)))
    if (f.endsWith('.json')) allow.add(f.slice(0, -'.json'.length));

const failures: { page: string; found: ForeignWord[] }[] = [];
let marked = 0;
for (const file of files) {
  const { found, marked: other } = pageLanguage({ html: readFileSync(file, 'utf8'), allow });
  marked += other;
  if (found.length) failures.push({ page: relative(build, file), found });
}

const words = new Map<string, { count: number; pages: Set<string>; example: ForeignWord }>();
for (const f of failures)
  for (const w of f.found) {
    const key = `${w.kind}: ${w.word}`;
    const entry = words.get(key) ?? { count: 0, pages: new Set(), example: w };
    entry.count++;
    entry.pages.add(f.page);
    words.set(key, entry);
  }

console.log(
  `language-check: ${files.length} pages, ${Object.values(allowlist).flat().length} allowlisted words plus economy, province and chart codes, ${marked} text runs in a language marked other than the page's`
);
if (failures.length === 0) {
  console.log(
    'language-check: ✓ no Latin word outside the allowlist on a Chinese page, no Han character on an English page'
  );
  process.exit(0);
}
const sorted = [...words.entries()].sort((a, b) => b[1].count - a[1].count);
for (const [key, { count, pages: ps, example }] of sorted)
  console.error(`  ${key} ×${count} on ${ps.size} pages, e.g. ${[...ps][0]} <${example.where}> “${example.context}”`);
console.error(
  `language-check: ✗ ${words.size} distinct words in the wrong script on ${failures.length} of ${files.length} pages`
);
process.exit(1);
