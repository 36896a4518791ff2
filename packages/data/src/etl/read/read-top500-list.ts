import { parseCsv } from '@dtr/csv';
import { readTable } from '../../csv/read-table.ts';
import { DataError } from '../../errors/data-error.ts';
import { showValue } from '../../errors/show-value.ts';
import { iso3FromName } from '../../entities/iso3-from-name.ts';
import type { EtlContext } from '../etl-context.ts';

/** One system of a TOP500 list; Rmax always in TFlop/s. */
export interface Top500System {
  rank: number;
  country: string;
  rmaxTflops: number;
  line: number;
}

export interface Top500List {
  /** "YYYY-MM". */
  list: string;
  file: string;
  systems: Top500System[];
}

/** The first list whose spreadsheet gives Rmax in TFlop/s; earlier ones give GFlop/s in a unitless "RMax"/"Rmax". */
export const TOP500_TFLOPS_FROM = '2017-06';

/** The role of config/sources.json naming the TOP500 lists, one file per list: `…/top500_<YYYY-MM>.csv`. */
export const TOP500_LIST_ROLE = 'top500-list';

/**
 * Reads one TOP500 list converted cell for cell to CSV. The header is the first record with "Rank" and "Country"
 * (2000-06 has an empty record before it); the Rmax column is found by its name, and its unit from the name
 * ("[TFlop/s]", "[GFlop/s]") or, when unitless, from the list's era (GFlop/s before 2017-06). Trailing empty records
 * are skipped; a list without 500 systems, an unknown country or a non-positive Rmax is an error.
 */
export function readTop500List(options: {
  ctx: EtlContext;
  list: string;
  countryOverrides: Readonly<Record<string, string>>;
}): Top500List {
  const { list } = options;
  const file = options.ctx.rawFile({ role: TOP500_LIST_ROLE, placeholder: '<YYYY-MM>' }).replace('<YYYY-MM>', list);
  const text = options.ctx.read(file);
  const records = parseCsv({ text, file });
  const headerIndex = records.findIndex((r) => r.fields.includes('Rank') && r.fields.includes('Country'));
  if (headerIndex < 0) throw new DataError({ file, row: 1, expected: 'a header with "Rank" and "Country"', got: 'none' });
  const header = records[headerIndex].fields.map((f) => f.trim());
  const rmaxColumn = header.find((h) => /^rmax\b/i.test(h));
  if (!rmaxColumn)
    throw new DataError({ file, row: records[headerIndex].line, column: 'Rmax', expected: 'an Rmax column', got: header.join(', ') });
  const factor = rmaxFactor({ file, list, column: rmaxColumn, line: records[headerIndex].line });
  const table = readTable({ text, file, required: ['Rank', 'Country', rmaxColumn], skipRecords: headerIndex });
  const systems: Top500System[] = [];
  for (const row of table.rows) {
    if (row.cells.Rank.trim() === '' && Object.values(row.cells).every((v) => v.trim() === '')) continue;
    const rank = Number(row.cells.Rank);
    const rmax = Number(row.cells[rmaxColumn]);
    if (!Number.isInteger(rank) || rank < 1)
      throw new DataError({ file, row: row.line, column: 'Rank', expected: 'a rank ≥ 1', got: showValue(row.cells.Rank) });
    if (!(rmax > 0))
      throw new DataError({ file, row: row.line, column: rmaxColumn, expected: 'a positive Rmax', got: showValue(row.cells[rmaxColumn]) });
    const country = iso3FromName({ name: row.cells.Country, overrides: options.countryOverrides });
    if (!country)
      throw new DataError({ file, row: row.line, column: 'Country', expected: 'a country name with an ISO3 code', got: showValue(row.cells.Country) });
    systems.push({ rank, country, rmaxTflops: rmax * factor, line: row.line });
  }
  if (systems.length !== 500)
    throw new DataError({ file, expected: '500 systems', got: `${systems.length}` });
  return { list, file, systems };
}

function rmaxFactor(options: { file: string; list: string; column: string; line: number }): number {
  if (/\[TFlop\/s\]/i.test(options.column)) return 1;
  if (/\[GFlop\/s\]/i.test(options.column)) return 1e-3;
  if (options.list < TOP500_TFLOPS_FROM) return 1e-3;
  throw new DataError({
    file: options.file,
    row: options.line,
    column: options.column,
    expected: `a unit in the Rmax header ("[TFlop/s]") for lists from ${TOP500_TFLOPS_FROM}`,
    got: showValue(options.column)
  });
}
