import { describeValue, type ClaimIssue } from './claim-issue.ts';
import { isClaimEntity } from './entities.ts';
import {
  LANGUAGES,
  QUALIFIERS,
  TOPICS,
  type Language,
  type Qualifier,
  type Reading,
  type TextFile,
  type Topic
} from './types.ts';
import { NAMED_UNITS, UNITS } from './units.ts';

export const CLAIM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_QUOTE = 200;
const YEAR_MIN = 1950;
const YEAR_MAX = 2050;

const TEXT_FIELDS = ['text', 'author', 'title', 'year', 'language', 'note', 'caveats', 'claims'];
const CLAIM_FIELDS = [
  'id',
  'value',
  'unit',
  'year',
  'entity',
  'indicator',
  'topic',
  'text',
  'section',
  'quote',
  'note',
  'qualifier',
  'subject',
  'reading'
];

type Record_ = Record<string, unknown>;

function isObject(v: unknown): v is Record_ {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isYear(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= YEAR_MIN && (v as number) <= YEAR_MAX;
}

function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

/**
 * Checks one parsed `claims/<text>.json` against the schema. `file` is the file name; its stem must equal the `text`
 * field. Returns the typed file when there are no issues, otherwise null and every issue found (not just the first).
 */
export function validateTextFile(data: unknown, file: string): { value: TextFile | null; issues: ClaimIssue[] } {
  const issues: ClaimIssue[] = [];
  const add = (item: string | null, field: string, expected: string, got: unknown) =>
    issues.push({ file, item, field, expected, got: describeValue(got) });

  if (!isObject(data)) {
    add(null, '(root)', 'a JSON object with text, author, title, year, language, note, caveats, claims', data);
    return { value: null, issues };
  }
  const stem = file.replace(/\.json$/, '');
  for (const key of Object.keys(data)) {
    if (!TEXT_FIELDS.includes(key)) add(null, key, `no such field (known: ${TEXT_FIELDS.join(', ')})`, data[key]);
  }
  if (data.text !== stem) add(null, 'text', `"${stem}" (the file name without .json)`, data.text);
  for (const key of ['author', 'title', 'note'] as const) {
    if (!nonEmpty(data[key])) add(null, key, 'a non-empty string ("not stated" when the text is silent)', data[key]);
  }
  if (data.year !== null && !isYear(data.year))
    add(null, 'year', `an integer ${YEAR_MIN}-${YEAR_MAX} or null`, data.year);
  if (!LANGUAGES.includes(data.language as Language)) {
    add(null, 'language', `one of ${LANGUAGES.join(', ')}`, data.language);
  }
  if (!Array.isArray(data.caveats) || !data.caveats.every(nonEmpty)) {
    add(null, 'caveats', 'an array of non-empty strings', data.caveats);
  }
  if (!Array.isArray(data.claims) || data.claims.length === 0) {
    add(null, 'claims', 'a non-empty array of claims', data.claims);
    return { value: null, issues };
  }

  const seen = new Set<string>();
  data.claims.forEach((claim: unknown, index: number) => {
    const label = isObject(claim) && typeof claim.id === 'string' ? `claim ${index} (${claim.id})` : `claim ${index}`;
    if (!isObject(claim)) {
      add(label, '(claim)', 'a JSON object', claim);
      return;
    }
    checkClaim(claim, stem, (field, expected, got) => add(label, field, expected, got));
    if (typeof claim.id === 'string') {
      if (seen.has(claim.id)) add(label, 'id', 'an id not used before in this file', claim.id);
      seen.add(claim.id);
    }
  });

  return { value: issues.length === 0 ? (data as unknown as TextFile) : null, issues };
}

function checkClaim(c: Record_, text: string, add: (field: string, expected: string, got: unknown) => void): void {
  for (const key of Object.keys(c)) {
    if (!CLAIM_FIELDS.includes(key)) add(key, `no such field (known: ${CLAIM_FIELDS.join(', ')})`, c[key]);
  }
  for (const key of [
    'id',
    'value',
    'unit',
    'year',
    'entity',
    'indicator',
    'topic',
    'text',
    'section',
    'quote',
    'note'
  ]) {
    if (!(key in c)) add(key, 'a value (required field)', undefined);
  }
  if ('id' in c && (typeof c.id !== 'string' || !CLAIM_ID.test(c.id))) {
    add('id', 'lower-case words joined by hyphens, e.g. "yu-cbec-2022-value"', c.id);
  }
  const named = NAMED_UNITS.includes(c.unit as string);
  if ('value' in c && named && c.value !== null) add('value', `null (a claim in "${String(c.unit)}" names, not counts)`, c.value);
  if ('value' in c && !named && (typeof c.value !== 'number' || !Number.isFinite(c.value)))
    add('value', 'a finite number', c.value);
  if (named && !('subject' in c)) add('subject', `the name the claim states (required with unit "${String(c.unit)}")`, undefined);
  if ('unit' in c && !(typeof c.unit === 'string' && Object.hasOwn(UNITS, c.unit))) {
    add(
      'unit',
      `one of ${Object.keys(UNITS)
        .map((u) => `"${u}"`)
        .join(', ')}`,
      c.unit
    );
  }
  if ('year' in c && c.year !== null && !isYear(c.year))
    add('year', `an integer ${YEAR_MIN}-${YEAR_MAX} or null`, c.year);
  if ('entity' in c && !(typeof c.entity === 'string' && isClaimEntity(c.entity))) {
    add('entity', 'an ISO3 code, a province code such as CN-GD, or a group code (WLD, BRI, CN-YRD, ...)', c.entity);
  }
  if ('indicator' in c && c.indicator !== null && !(typeof c.indicator === 'string' && CLAIM_ID.test(c.indicator))) {
    add('indicator', 'an indicator id such as "dds-exports", or null', c.indicator);
  }
  if ('topic' in c && !TOPICS.includes(c.topic as Topic)) add('topic', `one of ${TOPICS.join(', ')}`, c.topic);
  if ('text' in c && c.text !== text) add('text', `"${text}" (the file's text id)`, c.text);
  for (const key of ['section', 'note'] as const) {
    if (key in c && !nonEmpty(c[key])) add(key, 'a non-empty string', c[key]);
  }
  if ('quote' in c && !(nonEmpty(c.quote) && c.quote.length <= MAX_QUOTE)) {
    add('quote', `a non-empty string of at most ${MAX_QUOTE} characters`, c.quote);
  }
  if ('qualifier' in c && !QUALIFIERS.includes(c.qualifier as Qualifier)) {
    add('qualifier', `one of ${QUALIFIERS.join(', ')}`, c.qualifier);
  }
  if ('subject' in c && !nonEmpty(c.subject)) add('subject', 'a non-empty string', c.subject);
  if ('reading' in c && !isReading(c.reading))
    add('reading', '{ value: finite number, year: integer or null }', c.reading);
}

function isReading(v: unknown): v is Reading {
  if (!isObject(v)) return false;
  const keys = Object.keys(v).sort().join(',');
  return (
    keys === 'value,year' &&
    typeof v.value === 'number' &&
    Number.isFinite(v.value) &&
    (v.year === null || isYear(v.year))
  );
}
