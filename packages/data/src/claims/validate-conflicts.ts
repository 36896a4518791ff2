import { describeValue, type ClaimIssue } from './claim-issue.ts';
import { isClaimEntity } from './entities.ts';
import { CONFLICT_REASONS, type Conflict, type ConflictReason, type DatasetReference } from './types.ts';
import { UNITS } from './units.ts';
import { CLAIM_ID } from './validate-text-file.ts';

const CONFLICT_FIELDS = ['id', 'claims', 'reasons', 'dataset', 'explanation'];
const DATASET_FIELDS = ['series', 'entity', 'year', 'value', 'unit', 'source', 'derivation'];
const DATASET_UNITS = [...Object.keys(UNITS)];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

/**
 * Checks parsed `claims/conflicts.json` (`{ conflicts: [...] }`). Every claim id must exist in `claimIds`; a group needs
 * two claims, or one claim and a dataset value, to disagree about anything.
 */
export function validateConflicts(
  data: unknown,
  file: string,
  claimIds: ReadonlySet<string>
): { value: Conflict[] | null; issues: ClaimIssue[] } {
  const issues: ClaimIssue[] = [];
  const add = (item: string | null, field: string, expected: string, got: unknown) =>
    issues.push({ file, item, field, expected, got: describeValue(got) });

  if (!isObject(data) || !Array.isArray(data.conflicts)) {
    add(null, 'conflicts', 'an object { "conflicts": [ ... ] }', data);
    return { value: null, issues };
  }
  const seen = new Set<string>();
  data.conflicts.forEach((g: unknown, index: number) => {
    const label = isObject(g) && typeof g.id === 'string' ? `conflict ${index} (${g.id})` : `conflict ${index}`;
    if (!isObject(g)) {
      add(label, '(conflict)', 'a JSON object', g);
      return;
    }
    for (const key of Object.keys(g)) {
      if (!CONFLICT_FIELDS.includes(key))
        add(label, key, `no such field (known: ${CONFLICT_FIELDS.join(', ')})`, g[key]);
    }
    if (typeof g.id !== 'string' || !CLAIM_ID.test(g.id)) add(label, 'id', 'lower-case words joined by hyphens', g.id);
    else if (seen.has(g.id)) add(label, 'id', 'an id not used by another conflict group', g.id);
    else seen.add(g.id);

    if (!Array.isArray(g.claims) || g.claims.length === 0) {
      add(label, 'claims', 'a non-empty array of claim ids', g.claims);
    } else {
      for (const id of g.claims) {
        if (typeof id !== 'string' || !claimIds.has(id)) add(label, 'claims', 'ids of existing claims', id);
      }
      if (new Set(g.claims).size !== g.claims.length) add(label, 'claims', 'each claim id once', g.claims);
      if (g.claims.length < 2 && g.dataset === undefined) {
        add(label, 'claims', 'at least two claims, or one claim and a dataset reference', g.claims);
      }
    }
    if (
      !Array.isArray(g.reasons) ||
      g.reasons.length === 0 ||
      !g.reasons.every((r) => CONFLICT_REASONS.includes(r as ConflictReason))
    ) {
      add(label, 'reasons', `a non-empty array of ${CONFLICT_REASONS.join(', ')}`, g.reasons);
    }
    if (!nonEmpty(g.explanation)) add(label, 'explanation', 'a non-empty string', g.explanation);
    if (g.dataset !== undefined) checkDataset(g.dataset, (field, expected, got) => add(label, field, expected, got));
  });
  return { value: issues.length === 0 ? (data.conflicts as Conflict[]) : null, issues };
}

function checkDataset(d: unknown, add: (field: string, expected: string, got: unknown) => void): void {
  if (!isObject(d)) {
    add('dataset', 'an object { series, entity, year, value, unit, source, derivation? }', d);
    return;
  }
  for (const key of Object.keys(d)) {
    if (!DATASET_FIELDS.includes(key))
      add(`dataset.${key}`, `no such field (known: ${DATASET_FIELDS.join(', ')})`, d[key]);
  }
  const ref = d as Partial<DatasetReference>;
  if (!nonEmpty(ref.series)) add('dataset.series', 'an indicator id or an expression of ids', ref.series);
  if (typeof ref.entity !== 'string' || !isClaimEntity(ref.entity))
    add('dataset.entity', 'an ISO3, province or group code', ref.entity);
  if (!Number.isInteger(ref.year)) add('dataset.year', 'an integer year', ref.year);
  if (typeof ref.value !== 'number' || !Number.isFinite(ref.value)) add('dataset.value', 'a finite number', ref.value);
  if (typeof ref.unit !== 'string' || !DATASET_UNITS.includes(ref.unit)) {
    add('dataset.unit', `one of ${DATASET_UNITS.map((u) => `"${u}"`).join(', ')}`, ref.unit);
  }
  if (!nonEmpty(ref.source)) add('dataset.source', 'the raw file and field the value was read from', ref.source);
  if (ref.derivation !== undefined && !nonEmpty(ref.derivation))
    add('dataset.derivation', 'a non-empty string', ref.derivation);
}
