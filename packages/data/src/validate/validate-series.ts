import { SCHEMA_VERSION } from '../schema/types.ts';
import { DataError } from '../errors/data-error.ts';
import { isEntityCode } from '../entities/is-entity-code.ts';

const YEAR_MIN = 1950;
const YEAR_MAX = 2030;

/** Checks one parsed series file against schema v1; returns every problem found, empty when valid. */
export function validateSeries(value: unknown, file: string, sourceIds: ReadonlySet<string>): DataError[] {
  const errors: DataError[] = [];
  const fail = (column: string, expected: string, got: unknown) =>
    errors.push(
      new DataError({
        file,
        column,
        expected,
        got: typeof got === 'string' ? JSON.stringify(got) : (JSON.stringify(got) ?? String(got))
      })
    );
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('(root)', 'a Series object', value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);
    return errors;
  }
  const s = value as Record<string, unknown>;
  if (s.schema !== SCHEMA_VERSION) fail('schema', String(SCHEMA_VERSION), s.schema);
  const expectedId = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (s.id !== expectedId) fail('id', `"${expectedId}" (the file name)`, s.id);
  if (typeof s.sourceId !== 'string' || !sourceIds.has(s.sourceId))
    fail('sourceId', 'the id of a source in the manifest', s.sourceId);
  if (typeof s.unit !== 'string' || s.unit.trim() === '') fail('unit', 'a non-empty unit', s.unit);
  if (typeof s.scale !== 'number' || !Number.isFinite(s.scale) || s.scale <= 0)
    fail('scale', 'a positive number', s.scale);
  if (typeof s.transformation !== 'string' || s.transformation.trim() === '')
    fail('transformation', 'a description', s.transformation);
  const years = s.years;
  if (!Array.isArray(years) || years.length === 0) {
    fail('years', 'a non-empty array of years', years);
    return errors;
  }
  years.forEach((year, i) => {
    if (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX)
      fail(`years[${i}]`, `a year in ${YEAR_MIN}–${YEAR_MAX}`, year);
    else if (i > 0 && year <= years[i - 1]) fail(`years[${i}]`, `a year after ${years[i - 1]}`, year);
  });
  if (s.values === null || typeof s.values !== 'object' || Array.isArray(s.values)) {
    fail('values', 'an object keyed by entity code', s.values);
    return errors;
  }
  const entities = Object.keys(s.values);
  if (entities.length === 0) fail('values', 'at least one entity', 'none');
  for (const entity of entities) {
    if (!isEntityCode(entity)) fail(`values.${entity}`, 'a known entity code (ISO3, WB aggregate or CN-xx)', entity);
    const row = (s.values as Record<string, unknown>)[entity];
    if (!Array.isArray(row) || row.length !== years.length) {
      fail(
        `values.${entity}`,
        `${years.length} values (one per year)`,
        Array.isArray(row) ? `${row.length} values` : row
      );
      continue;
    }
    row.forEach((v, i) => {
      if (v !== null && (typeof v !== 'number' || !Number.isFinite(v)))
        fail(`values.${entity}[${i}] (${years[i]})`, 'a finite number or null', v);
    });
  }
  return errors;
}
