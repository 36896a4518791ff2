import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDatasetReference } from './check-dataset-reference.ts';
import { ClaimsValidationError, describeValue, type ClaimIssue } from './claim-issue.ts';
import { difference } from './difference.ts';
import { quoteInText } from './quote-in-text.ts';
import {
  CLAIMS_SCHEMA_VERSION,
  type Claim,
  type ClaimRecord,
  type ClaimsLedger,
  type Conflict,
  type ConflictRecord,
  type Difference,
  type TextFile
} from './types.ts';
import { validateConflicts } from './validate-conflicts.ts';
import { validateTextFile } from './validate-text-file.ts';
import { valueInQuote } from './value-in-quote.ts';

export const CONFLICTS_FILE = 'conflicts.json';

export interface LoadClaimsOptions {
  /** Folder with one `<text>.json` per seed text and `conflicts.json`. */
  claimsDir: string;
  /** When given, every quote must occur in `<seedsDir>/<text>.txt` and hold the claim's value. */
  seedsDir?: string;
  /** When given, every non-null `indicator` must be one of these ids. */
  indicators?: Iterable<string>;
  /** When given, conflict dataset values that name one series are checked against `<editionDir>/series/<id>.json`. */
  editionDir?: string;
}

// Plain code-unit order, so the output does not depend on the machine's locale.
function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function readJson(dir: string, file: string, issues: ClaimIssue[]): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    issues.push({ file, item: null, field: '(file)', expected: 'valid UTF-8 JSON', got: (e as Error).message });
    return undefined;
  }
}

/**
 * Reads and validates the curated claims and conflict groups and assembles the ledger: texts, claims (with author,
 * title and conflict ids) and conflicts (with differences from the dataset value), all sorted. Throws a
 * `ClaimsValidationError` listing every problem, so nothing is written from bad input.
 */
export function loadClaims({ claimsDir, seedsDir, indicators, editionDir }: LoadClaimsOptions): ClaimsLedger {
  const issues: ClaimIssue[] = [];
  if (!existsSync(claimsDir)) {
    throw new ClaimsValidationError([
      { file: claimsDir, item: null, field: '(folder)', expected: 'a folder of claim files', got: 'no such folder' }
    ]);
  }
  const names = readdirSync(claimsDir)
    .filter((f) => f.endsWith('.json') && f !== CONFLICTS_FILE)
    .sort(byString);
  if (names.length === 0) {
    issues.push({ file: claimsDir, item: null, field: '(folder)', expected: 'at least one <text>.json', got: 'none' });
  }

  const texts: TextFile[] = [];
  const owner = new Map<string, string>();
  for (const file of names) {
    const { value, issues: found } = validateTextFile(readJson(claimsDir, file, issues), file);
    issues.push(...found);
    if (!value) continue;
    texts.push(value);
    value.claims.forEach((c, index) => {
      const item = `claim ${index} (${c.id})`;
      const other = owner.get(c.id);
      if (other !== undefined && other !== file) {
        issues.push({
          file,
          item,
          field: 'id',
          expected: 'an id unique across all texts',
          got: `${describeValue(c.id)}, also in ${other}`
        });
      }
      owner.set(c.id, file);
    });
    if (seedsDir !== undefined) checkAgainstSeed(value, file, seedsDir, issues);
  }

  if (indicators !== undefined) {
    const known = new Set(indicators);
    for (const t of texts) {
      t.claims.forEach((c, index) => {
        if (c.indicator !== null && !known.has(c.indicator)) {
          issues.push({
            file: `${t.text}.json`,
            item: `claim ${index} (${c.id})`,
            field: 'indicator',
            expected: 'an indicator id of the edition catalogue, or null',
            got: describeValue(c.indicator)
          });
        }
      });
    }
  }

  const claims = new Map<string, Claim>();
  for (const t of texts) for (const c of t.claims) claims.set(c.id, c);
  let conflicts: Conflict[] = [];
  if (existsSync(join(claimsDir, CONFLICTS_FILE))) {
    const data = readJson(claimsDir, CONFLICTS_FILE, issues);
    if (data !== undefined) {
      const { value, issues: found } = validateConflicts(data, CONFLICTS_FILE, new Set(claims.keys()));
      issues.push(...found);
      conflicts = value ?? [];
    }
  }
  if (editionDir !== undefined) {
    conflicts.forEach((g, index) => {
      const expected = g.dataset ? checkDatasetReference(g.dataset, editionDir) : null;
      if (expected !== null) {
        issues.push({
          file: CONFLICTS_FILE,
          item: `conflict ${index} (${g.id})`,
          field: 'dataset.value',
          expected,
          got: describeValue(g.dataset!.value)
        });
      }
    });
  }
  if (issues.length > 0) throw new ClaimsValidationError(issues);

  return assemble(texts, claims, conflicts);
}

function checkAgainstSeed(t: TextFile, file: string, seedsDir: string, issues: ClaimIssue[]): void {
  const path = join(seedsDir, `${t.text}.txt`);
  if (!existsSync(path)) {
    issues.push({ file, item: null, field: 'text', expected: `a seed text at ${path}`, got: 'no such file' });
    return;
  }
  const seed = readFileSync(path, 'utf8');
  t.claims.forEach((c, index) => {
    const item = `claim ${index} (${c.id})`;
    if (!quoteInText(c.quote, seed)) {
      issues.push({
        file,
        item,
        field: 'quote',
        expected: `a phrase that occurs in ${t.text}.txt`,
        got: describeValue(c.quote)
      });
    }
    if (c.value === null ? !c.quote.includes(c.subject ?? '') : !valueInQuote(c.value, c.quote)) {
      issues.push({
        file,
        item,
        ...(c.value === null
          ? { field: 'subject', expected: 'a name written in the quote', got: describeValue(c.subject) }
          : { field: 'value', expected: 'a number written in the quote', got: describeValue(c.value) })
      });
    }
  });
}

function assemble(texts: TextFile[], claims: Map<string, Claim>, conflicts: Conflict[]): ClaimsLedger {
  const groupsOf = new Map<string, string[]>();
  const conflictRecords: ConflictRecord[] = [...conflicts]
    .sort((a, b) => byString(a.id, b.id))
    .map((g) => {
      const ids = [...g.claims].sort(byString);
      for (const id of ids) groupsOf.set(id, [...(groupsOf.get(id) ?? []), g.id]);
      const differences: Difference[] = [];
      if (g.dataset) {
        for (const id of ids) {
          const d = difference(claims.get(id)!, g.dataset);
          if (d) differences.push(d);
        }
      }
      return {
        id: g.id,
        claims: ids,
        reasons: [...g.reasons],
        ...(g.dataset ? { dataset: { ...g.dataset } } : {}),
        explanation: g.explanation,
        differences
      };
    });

  const sortedTexts = [...texts].sort((a, b) => byString(a.text, b.text));
  const claimRecords: ClaimRecord[] = [];
  for (const t of sortedTexts) {
    for (const c of [...t.claims].sort((a, b) => byString(a.id, b.id))) {
      claimRecords.push({
        id: c.id,
        text: c.text,
        author: t.author,
        title: t.title,
        section: c.section,
        topic: c.topic,
        entity: c.entity,
        indicator: c.indicator,
        year: c.year,
        value: c.value,
        unit: c.unit,
        ...(c.qualifier !== undefined ? { qualifier: c.qualifier } : {}),
        ...(c.subject !== undefined ? { subject: c.subject } : {}),
        ...(c.reading !== undefined ? { reading: { value: c.reading.value, year: c.reading.year } } : {}),
        quote: c.quote,
        note: c.note,
        conflicts: groupsOf.get(c.id) ?? []
      });
    }
  }

  return {
    schema: CLAIMS_SCHEMA_VERSION,
    texts: sortedTexts.map((t) => ({
      text: t.text,
      author: t.author,
      title: t.title,
      year: t.year,
      language: t.language,
      note: t.note,
      caveats: [...t.caveats],
      claims: t.claims.length
    })),
    claims: claimRecords,
    conflicts: conflictRecords
  };
}
