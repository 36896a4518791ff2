import type { CoinData } from './coin-data.ts';
import { InputError } from './input-error.ts';
import { readCsvTable } from './read-csv-table.ts';
import { parseDecimal } from './parse-decimal.ts';

const isMissing = (s: string) => s.trim() === '' || s.trim() === 'NA';

/**
 * Reads a COINr-style years table (iYears.csv: uCode, then one column per indicator holding the year of each value
 * of iData) and checks that it matches `data` cell for cell: the same indicator columns (no missing, unknown or
 * repeated one), one row per unit of iData (no unknown, repeated or missing uCode), and a whole-number year exactly
 * where iData has a value (NA where it has none). Every error names the file, row, column, expected and got.
 * Returns the years by indicator code, in iData's unit order.
 */
export function readYearsCsv({
  text,
  file = 'iYears',
  data,
  dataFile = 'iData'
}: {
  text: string;
  file?: string;
  data: CoinData;
  dataFile?: string;
}): Record<string, Float64Array> {
  const t = readCsvTable({ text, file });
  const codes = data.meta.filter((m) => m.type === 'Indicator').map((m) => m.code);
  if (t.header[0]?.trim() !== 'uCode') throw new InputError(file, 1, 'uCode', 'uCode as the first column', t.header[0]);
  const seenColumns = new Set<string>();
  const colOf = new Map<string, number>();
  t.header.slice(1).forEach((h, i) => {
    const code = h.trim();
    if (!codes.includes(code))
      throw new InputError(file, 1, code, `an indicator column of ${dataFile} (${codes.join(', ')})`, h);
    if (seenColumns.has(code)) throw new InputError(file, 1, code, 'a column not named on its left', h);
    seenColumns.add(code);
    colOf.set(code, i + 1);
  });
  const missingColumns = codes.filter((c) => !colOf.has(c));
  if (missingColumns.length)
    throw new InputError(
      file,
      1,
      missingColumns[0],
      `a column for every indicator of ${dataFile} (missing: ${missingColumns.join(', ')})`,
      t.header.join(',')
    );
  const unitOf = new Map(data.units.map((u, i) => [u, i]));
  const years: Record<string, Float64Array> = Object.create(null);
  for (const c of codes) years[c] = new Float64Array(data.units.length).fill(NaN);
  const seenUnits = new Set<number>();
  t.rows.forEach((row, k) => {
    const line = t.lines[k];
    const u = unitOf.get(row[0].trim());
    if (u === undefined) throw new InputError(file, line, 'uCode', `a uCode of ${dataFile}`, row[0]);
    if (seenUnits.has(u)) throw new InputError(file, line, 'uCode', 'a uCode not used on an earlier row', row[0]);
    seenUnits.add(u);
    for (const c of codes) {
      const cell = row[colOf.get(c) as number];
      const hasValue = data.columns[c][u] === data.columns[c][u];
      if (isMissing(cell)) {
        if (hasValue)
          throw new InputError(file, line, c, `a year, as ${dataFile} has a value for ${data.units[u]}`, cell);
        continue;
      }
      const y = parseDecimal(cell.trim());
      if (!Number.isInteger(y)) throw new InputError(file, line, c, 'a year (a whole number) or NA', cell);
      if (!hasValue) throw new InputError(file, line, c, `NA, as ${dataFile} has no value for ${data.units[u]}`, cell);
      years[c][u] = y;
    }
  });
  const missingUnits = data.units.filter((_, u) => !seenUnits.has(u));
  if (missingUnits.length)
    throw new InputError(
      file,
      t.lines.length ? t.lines[t.lines.length - 1] + 1 : 2,
      'uCode',
      `a row for every unit of ${dataFile} (missing: ${missingUnits.slice(0, 5).join(', ')}${missingUnits.length > 5 ? ', …' : ''})`,
      'end of file'
    );
  return years;
}
