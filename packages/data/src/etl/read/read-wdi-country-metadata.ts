import { readTable } from '../../csv/read-table.ts';
import { DataError } from '../../errors/data-error.ts';
import type { EtlContext } from '../etl-context.ts';

/** The role of config/sources.json naming the edition's canonical ISO3 → region / income table (a WDI metadata CSV). */
export const WDI_METADATA_ROLE = 'wdi-country-metadata';

export interface WdiCountryMetadata {
  code: string;
  name: string;
  /** Empty for aggregates. */
  region: string;
  /** Empty when the World Bank has not classified the economy (ETH and VEN in this vintage). */
  incomeGroup: string;
  line: number;
}

/** The WDI country metadata of the file the registry names for `wdi-country-metadata`, by ISO3 code. */
export function readWdiCountryMetadata(ctx: EtlContext): Map<string, WdiCountryMetadata> {
  const file = ctx.rawFile({ role: WDI_METADATA_ROLE });
  const table = readTable({
    text: ctx.read(file),
    file,
    required: ['Country Code', 'Region', 'IncomeGroup', 'TableName']
  });
  const result = new Map<string, WdiCountryMetadata>();
  for (const row of table.rows) {
    const code = row.cells['Country Code'];
    const first = result.get(code);
    if (first)
      throw new DataError({
        file,
        row: row.line,
        column: 'Country Code',
        expected: `one row for ${code}`,
        got: `a duplicate of line ${first.line}`
      });
    result.set(code, {
      code,
      name: row.cells.TableName,
      region: row.cells.Region,
      incomeGroup: row.cells.IncomeGroup,
      line: row.line
    });
  }
  return result;
}
