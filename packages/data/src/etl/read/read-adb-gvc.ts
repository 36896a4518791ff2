import { numberCell } from '../../csv/number-cell.ts';
import { readTable } from '../../csv/read-table.ts';
import { yearCell } from '../../csv/year-cell.ts';
import { DataError } from '../../errors/data-error.ts';
import { showValue } from '../../errors/show-value.ts';
import { isEntityCode } from '../../entities/is-entity-code.ts';
import type { EtlContext } from '../etl-context.ts';
import type { Observation } from '../observation.ts';

/**
 * The roles of config/sources.json naming the ADB MRIO files: the participation rates (older vintage and the June-2023
 * revision), the MRIO country table and the five-sector names.
 */
export const GVC_ROLES = {
  older: 'adb-gvc',
  jun2023: 'adb-gvc-jun2023',
  countries: 'adb-gvc-countries',
  sectors: 'adb-gvc-sectors'
} as const;
/** The June-2023 file revises 2020–21 and adds 2022; the older file is used only before its first year. */
const JUN2023_FROM = 2020;
/** MRIO code of the rest-of-the-world residual, which is not an economy. */
const ROW_CODE = '73';

export type GvcMeasure = 'GVCP_trade_b' | 'GVCP_trade_f' | 'GVCP_trade';
/** 0 = total economy (agg 0); 1–5 = the ADB five-sector grouping (agg 5, c5_ind). */
export type GvcSector = 0 | 1 | 2 | 3 | 4 | 5;

function mrioToIso3(ctx: EtlContext): Map<string, string> {
  const file = ctx.rawFile({ role: GVC_ROLES.countries });
  const table = readTable({ text: ctx.read(file), file, required: ['iso_a3', 'mrio'] });
  const map = new Map<string, string>();
  for (const row of table.rows) {
    const code = row.cells.mrio.trim();
    if (code === '' || code === ROW_CODE) continue;
    if (!isEntityCode(row.cells.iso_a3))
      throw new DataError({
        file,
        row: row.line,
        column: 'iso_a3',
        expected: 'an ISO3 code',
        got: showValue(row.cells.iso_a3)
      });
    map.set(code, row.cells.iso_a3);
  }
  return map;
}

/** Checks the five-sector names so a regrouped dictionary cannot silently relabel the sector series. */
export function readGvcSectorNames(ctx: EtlContext): Map<number, string> {
  const file = ctx.rawFile({ role: GVC_ROLES.sectors });
  const table = readTable({ text: ctx.read(file), file, required: ['c5_ind', 'c5_name'] });
  const names = new Map<number, string>();
  for (const row of table.rows) names.set(Number(row.cells.c5_ind), row.cells.c5_name);
  return names;
}

export function readAdbGvc(ctx: EtlContext, measure: GvcMeasure, sector: GvcSector): Observation[] {
  const iso3 = mrioToIso3(ctx);
  const observations: Observation[] = [];
  for (const [file, keep] of [
    [ctx.rawFile({ role: GVC_ROLES.older }), (year: number) => year < JUN2023_FROM],
    [ctx.rawFile({ role: GVC_ROLES.jun2023 }), () => true]
  ] as const) {
    const table = readTable({ text: ctx.read(file), file, required: ['t', 's', 'agg', 'i', measure] });
    for (const row of table.rows) {
      const { agg, i, s } = row.cells;
      if (!(sector === 0 ? agg === '0' && i === '0' : agg === '5' && i === String(sector))) continue;
      const year = yearCell(file, row, 't', { min: 2000, max: 2025 });
      if (!keep(year) || s === ROW_CODE) continue;
      const entity = iso3.get(s);
      if (!entity)
        throw new DataError({
          file,
          row: row.line,
          column: 's',
          expected: `an MRIO economy code listed in ${ctx.rawFile({ role: GVC_ROLES.countries })}`,
          got: showValue(s)
        });
      const value = numberCell(file, row, measure);
      if (value !== null && (value < 0 || value > 1))
        throw new DataError({ file, row: row.line, column: measure, expected: 'a share in 0–1', got: String(value) });
      observations.push({ entity, year, value, file, line: row.line });
    }
  }
  return observations;
}
