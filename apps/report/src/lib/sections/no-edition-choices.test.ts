import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { editionYears, getEdition } from '$lib/server/edition';

/**
 * The section modules are shared by every edition: which series, entities, claims, texts and years a chart uses is
 * the edition's choice, in `src/content/<year>/charts.json`. This reads every string and number literal of
 * `sections/*.ts` (the TypeScript syntax tree, so comments and test files do not count) and fails on one that is an
 * edition's series id, claim id, conflict id, source id, entity code or group key, on a list of ISO3-looking codes,
 * and on a year. The report's subject and its world total (`CHN`, `WLD`) and the Guangdong section's province
 * (`CN-GD`) are what the sections are about, not a per-edition choice, and may appear alone. The chart builders of
 * `lib/charts/` are held to the ids only (series, claim, conflict, source, group): which series they read is the
 * caller's argument; and to no dated list (an array of entries each dated by a literal year or date, as the rules and
 * definitions timelines once were): what a timeline draws is the edition's `charts.json`.
 */
const dir = fileURLToPath(new URL('.', import.meta.url));
const SUBJECTS = new Set(['CHN', 'WLD', 'CN-GD']);
const ISO3 = /^[A-Z]{3}$/;

interface Literal {
  file: string;
  line: number;
  text: string;
  inArray: boolean;
  kind: 'string' | 'number' | 'property';
}

function literals(file: string, source: string): Literal[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: Literal[] = [];
  const at = (node: ts.Node) => tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      found.push({
        file,
        line: at(node),
        text: node.text,
        inArray: ts.isArrayLiteralExpression(node.parent),
        kind: 'string'
      });
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
      found.push({ file, line: at(node), text: node.text, inArray: false, kind: 'string' });
    else if (ts.isNumericLiteral(node))
      found.push({ file, line: at(node), text: node.text, inArray: false, kind: 'number' });
    else if (ts.isPropertyAccessExpression(node))
      found.push({ file, line: at(node.name), text: node.name.text, inArray: false, kind: 'property' });
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/** What is wrong with a literal of a section module, or null. */
function problem(l: Literal, ids: Map<string, string>): string | null {
  if (l.kind === 'number') return /^(19|20)\d\d$/.test(l.text) ? `the year ${l.text}` : null;
  if (l.kind === 'property') {
    if (ids.get(l.text) === 'group key') return `the group .${l.text}`;
    return ISO3.test(l.text) && !SUBJECTS.has(l.text) ? `the entity .${l.text}` : null;
  }
  if (l.inArray && ISO3.test(l.text)) return `"${l.text}" in a list of codes`;
  if (SUBJECTS.has(l.text)) return null;
  if (ISO3.test(l.text)) return `the ISO3-looking code "${l.text}"`;
  const kind = ids.get(l.text);
  return kind ? `the ${kind} "${l.text}"` : null;
}

const DATE = /^(19|20)\d\d(-\d\d)?$/;

/** Entries of an array literal dated by a literal (`{ id: 'wco', date: '2018' }`, `{ year: 1998 }`), one per entry. */
function datedEntries(file: string, source: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isPropertyAssignment(node) &&
      (ts.isStringLiteral(node.initializer) || ts.isNumericLiteral(node.initializer)) &&
      DATE.test(node.initializer.text) &&
      ts.isObjectLiteralExpression(node.parent) &&
      ts.isArrayLiteralExpression(node.parent.parent)
    ) {
      const line = tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${file}:${line}: a dated entry ${node.name.getText(tree)}: ${node.initializer.getText(tree)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

function editionIds(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const year of editionYears) {
    const e = getEdition(year);
    for (const code of e.entities.countries.entities.map((x) => x.code)) ids.set(code, 'entity code');
    for (const code of e.entities.provinces.provinces.map((x) => x.code)) ids.set(code, 'entity code');
    for (const id of e.manifest.sources.map((s) => s.id)) ids.set(id, 'source id');
    for (const id of e.manifest.series) ids.set(id, 'series id');
    for (const id of e.claims.conflicts.map((c) => c.id)) ids.set(id, 'conflict id');
    for (const id of e.claims.claims.map((c) => c.id)) ids.set(id, 'claim id');
    for (const g of [...(e.entities.groups?.incomeGroups ?? []), ...(e.entities.groups?.provinceGroups ?? [])])
      ids.set(g.key, 'group key');
  }
  return ids;
}

const report = (found: Literal[], ids: Map<string, string>) =>
  found.flatMap((l) => {
    const p = problem(l, ids);
    return p ? [`${l.file}:${l.line}: ${p}`] : [];
  });

describe('section modules hold no edition choices', () => {
  const ids = editionIds();

  it('no series, claim, conflict, source or entity id, group key, code list or year literal in sections/*.ts', () => {
    const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(modules).toContain('goods.ts');
    const found = modules.flatMap((f) => literals(f, readFileSync(join(dir, f), 'utf8')));
    expect(found.length).toBeGreaterThan(100);
    expect(report(found, ids)).toEqual([]);
  });

  it('the chart builders the sections call (lib/charts) take their series, claims and conflicts as arguments', () => {
    const charts = join(dir, '../charts');
    const modules = readdirSync(charts).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(modules).toContain('dds-china.ts');
    const found = modules.flatMap((f) => literals(`charts/${f}`, readFileSync(join(charts, f), 'utf8')));
    const ofEdition = found.flatMap((l) =>
      l.kind === 'string' && ids.has(l.text) && ids.get(l.text) !== 'entity code'
        ? [`${l.file}:${l.line}: the ${ids.get(l.text)} "${l.text}"`]
        : []
    );
    expect(ofEdition).toEqual([]);
  });

  it('lib/charts holds no dated list: the timelines draw the events and documents of charts.json', () => {
    const charts = join(dir, '../charts');
    const modules = readdirSync(charts).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(modules).toEqual(expect.arrayContaining(['rules-timeline.ts', 'definition-timeline.ts']));
    expect(modules.flatMap((f) => datedEntries(`charts/${f}`, readFileSync(join(charts, f), 'utf8')))).toEqual([]);
  });

  it('the dated-list check fails on the event lists the timelines once held', () => {
    const source = [
      "export const RULES_EVENTS = [{ id: 'wco', date: '2018' }, { id: 'expo', date: '2023-11' }] as const;",
      "export const definitions = [{ id: 'wto', year: 1998, kind: 0, url: 'https://www.wto.org/' }];",
      "const ok = [{ id: 'a', date: e.date }, { year: Number(y) }]; const one = { date: '2018' };"
    ].join('\n');
    expect(datedEntries('fixture.ts', source)).toEqual([
      "fixture.ts:1: a dated entry date: '2018'",
      "fixture.ts:1: a dated entry date: '2023-11'",
      'fixture.ts:2: a dated entry year: 1998'
    ]);
  });

  it('the check fails on each kind of choice put back into a module', () => {
    const source = [
      "const PEERS = ['CHN', 'USA'];",
      "const s = edition.series('high-tech-exports-share');",
      "const c = claim('he-cbec-2023-value');",
      "const g = conflictReasons(claims, 'cbec-share-of-trade', locale);",
      "const v = at('VNM', rows);",
      'const w = row.values.KOR;',
      "const m = stats.high.median + stats['upper-middle'].median;",
      'const y = entityLines(edition, id, codes, 2005, last);',
      "const ok = at('CHN', rows) / at('WLD', rows) + gd['CN-GD'];"
    ].join('\n');
    expect(report(literals('fixture.ts', source), ids)).toEqual([
      'fixture.ts:1: "CHN" in a list of codes',
      'fixture.ts:1: "USA" in a list of codes',
      'fixture.ts:2: the series id "high-tech-exports-share"',
      'fixture.ts:3: the claim id "he-cbec-2023-value"',
      'fixture.ts:4: the conflict id "cbec-share-of-trade"',
      'fixture.ts:5: the ISO3-looking code "VNM"',
      'fixture.ts:6: the entity .KOR',
      'fixture.ts:7: the group .high',
      'fixture.ts:7: the group key "upper-middle"',
      'fixture.ts:8: the year 2005'
    ]);
  });
});
