import { numberCell } from '../../csv/number-cell.ts';
import { readTable } from '../../csv/read-table.ts';
import { DataError } from '../../errors/data-error.ts';
import { showValue } from '../../errors/show-value.ts';
import type { EtlContext } from '../etl-context.ts';
import type { Observation } from '../observation.ts';

/** NCSES economy labels → ISO3. "Rest of the world" is a residual, not an entity, and is dropped. */
const ECONOMIES: Record<string, string> = {
  World: 'WLD',
  Austria: 'AUT',
  Belgium: 'BEL',
  Brazil: 'BRA',
  Canada: 'CAN',
  China: 'CHN',
  France: 'FRA',
  Germany: 'DEU',
  India: 'IND',
  Indonesia: 'IDN',
  Ireland: 'IRL',
  Israel: 'ISR',
  Italy: 'ITA',
  Japan: 'JPN',
  Malaysia: 'MYS',
  Mexico: 'MEX',
  Netherlands: 'NLD',
  Philippines: 'PHL',
  Russia: 'RUS',
  Singapore: 'SGP',
  'South Korea': 'KOR',
  Spain: 'ESP',
  Sweden: 'SWE',
  Switzerland: 'CHE',
  Taiwan: 'TWN',
  Thailand: 'THA',
  'United Kingdom': 'GBR',
  'United States': 'USA',
  Vietnam: 'VNM'
};
const DROPPED = new Set(['Rest of the world']);
const YEARS = Array.from({ length: 17 }, (_, i) => 2002 + i);

/** KTI exports or imports. Values are read as published; they are US$ billions although the table notes say millions. */
export function readNsfKti(ctx: EtlContext, flow: 'Exports' | 'Imports', file: string): Observation[] {
  const columns = YEARS.map((year) => `field_${year}`);
  const table = readTable({
    text: ctx.read(file),
    file,
    required: [
      'region_country_or_economy_level_1',
      'region_country_or_economy_level_2',
      'region_country_or_economy_level_3',
      ...columns
    ]
  });
  const observations: Observation[] = [];
  for (const row of table.rows) {
    if (row.cells.region_country_or_economy_level_1 !== flow || row.cells.region_country_or_economy_level_2 === '')
      continue;
    const label = (row.cells.region_country_or_economy_level_3 || row.cells.region_country_or_economy_level_2).trim();
    if (DROPPED.has(label)) continue;
    const entity = ECONOMIES[label];
    if (!entity)
      throw new DataError({
        file,
        row: row.line,
        column: 'region_country_or_economy_level_3',
        expected: 'a known economy label',
        got: showValue(label)
      });
    YEARS.forEach((year, i) =>
      observations.push({ entity, year, value: numberCell(file, row, columns[i]), file, line: row.line })
    );
  }
  return observations;
}
