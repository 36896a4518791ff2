import { readTable } from '../../csv/read-table.ts';
import { DataError } from '../../errors/data-error.ts';
import type { EtlContext } from '../etl-context.ts';

/** The canonical ISO3 → region / income table of the edition (WDI, last updated 2026-02-24). */
export const WDI_METADATA_FILE = 'wdi_api_bx_gsr_ccis_cd/Metadata_Country_API_BX.GSR.CCIS.CD_DS2_en_csv_v2_920.csv';

export interface WdiCountryMetadata {
  code: string;
  name: string;
  /** Empty for aggregates. */
  region: string;
  /** Empty when the World Bank has not classified the economy (ETH and VEN in this vintage). */
  incomeGroup: string;
  line: number;
}

export function readWdiCountryMetadata(ctx: EtlContext, file = WDI_METADATA_FILE): Map<string, WdiCountryMetadata> {
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
