import type { CoinData, IndicatorMeta } from './coin-data.ts';
import { InputError } from './input-error.ts';
import { readCsvTable, type CsvTable } from './read-csv-table.ts';
import { parseDecimal } from './parse-decimal.ts';

const isMissing = (s: string) => s.trim() === '' || s.trim() === 'NA';

function columnIndex(t: CsvTable, file: string, name: string, required: boolean): number {
  const i = t.header.indexOf(name);
  if (i < 0 && required) throw new InputError(file, 1, name, `a column named ${name}`, t.header.join(','));
  return i;
}

function parseNumber(
  s: string,
  file: string,
  line: number,
  column: string,
  expected = 'a decimal number or NA'
): number {
  if (isMissing(s)) return NaN;
  const v = parseDecimal(s.trim());
  if (!Number.isFinite(v)) throw new InputError(file, line, column, expected, s);
  return v;
}

function readMeta(text: string, file: string): { meta: IndicatorMeta[]; groupCodes: Set<string> } {
  const t = readCsvTable({ text, file });
  const col = (name: string, required = true) => columnIndex(t, file, name, required);
  const [iCode, iName, level, parent, direction, weight, type] = [
    col('iCode'),
    col('iName', false),
    col('Level'),
    col('Parent'),
    col('Direction'),
    col('Weight'),
    col('Type')
  ];
  const [gl, gu] = [col('goalpost_lower', false), col('goalpost_upper', false)];
  const meta: IndicatorMeta[] = [];
  const groupCodes = new Set<string>();
  const seen = new Set<string>();
  t.rows.forEach((row, k) => {
    const line = t.lines[k];
    const ty = row[type].trim();
    if (ty === 'Group') groupCodes.add(row[iCode].trim());
    if (ty === 'Group' || ty === 'Denominator' || ty === 'Other') return;
    if (ty !== 'Indicator' && ty !== 'Aggregate')
      throw new InputError(file, line, 'Type', 'Indicator, Aggregate, Group or Denominator', row[type]);
    const code = row[iCode].trim();
    if (!/^[A-Za-z][A-Za-z0-9_.]*$/.test(code))
      throw new InputError(file, line, 'iCode', 'a code of letters, digits, _ or . starting with a letter', row[iCode]);
    if (seen.has(code)) throw new InputError(file, line, 'iCode', 'a code not used on an earlier row', code);
    seen.add(code);
    const lv = parseNumber(row[level], file, line, 'Level', 'a whole number ≥ 1');
    if (!Number.isInteger(lv) || lv < 1 || (ty === 'Indicator') !== (lv === 1)) {
      throw new InputError(
        file,
        line,
        'Level',
        ty === 'Indicator' ? '1 for an Indicator' : 'a whole number ≥ 2 for an Aggregate',
        row[level]
      );
    }
    const dir = parseNumber(row[direction], file, line, 'Direction', '1 or -1');
    if (dir !== 1 && dir !== -1) throw new InputError(file, line, 'Direction', '1 or -1', row[direction]);
    const w = parseNumber(row[weight], file, line, 'Weight', 'a weight ≥ 0');
    if (!(w >= 0)) throw new InputError(file, line, 'Weight', 'a weight ≥ 0', row[weight]);
    const p = row[parent].trim();
    const m: IndicatorMeta = {
      code,
      name: iName >= 0 ? row[iName] : code,
      level: lv,
      parent: isMissing(p) ? null : p,
      direction: dir,
      weight: w,
      type: ty
    };
    if (gl >= 0 && gu >= 0 && !isMissing(row[gl]) && !isMissing(row[gu])) {
      const lo = parseNumber(row[gl], file, line, 'goalpost_lower');
      const hi = parseNumber(row[gu], file, line, 'goalpost_upper');
      if (!(hi > lo))
        throw new InputError(file, line, 'goalpost_upper', `a number above goalpost_lower (${lo})`, row[gu]);
      m.goalposts = [lo, hi];
    }
    meta.push(m);
  });
  const codes = new Set(meta.map((m) => m.code));
  meta.forEach((m, k) => {
    if (m.parent !== null && !codes.has(m.parent)) {
      const line = t.lines[t.rows.findIndex((r) => r[iCode].trim() === m.code)] ?? k + 2;
      throw new InputError(file, line, 'Parent', 'the iCode of an Aggregate row, or NA for the index', m.parent);
    }
  });
  return { meta, groupCodes };
}

/**
 * Reads a COINr iData / iMeta CSV pair into `CoinData`. `NA` or an empty cell = missing. iData needs `uCode` and a
 * column for every Indicator row of iMeta; `uName` is optional, `*_group` columns and iMeta Group rows become
 * groups, other columns are ignored. When a `Time` column holds several years, the latest year's rows are the data
 * and earlier years become `history`. Every error is an `InputError` naming file, row, column, expected and got.
 */
export function readCoinCsv({
  dataText,
  metaText,
  dataFile = 'iData',
  metaFile = 'iMeta'
}: {
  dataText: string;
  metaText: string;
  dataFile?: string;
  metaFile?: string;
}): CoinData {
  const { meta, groupCodes } = readMeta(metaText, metaFile);
  const t = readCsvTable({ text: dataText, file: dataFile });
  const uCode = columnIndex(t, dataFile, 'uCode', true);
  const uName = columnIndex(t, dataFile, 'uName', false);
  const time = columnIndex(t, dataFile, 'Time', false);
  const indicators = meta.filter((m) => m.type === 'Indicator');
  const colIndex = indicators.map((m) => {
    const i = t.header.indexOf(m.code);
    if (i < 0)
      throw new InputError(
        dataFile,
        1,
        m.code,
        `a column for indicator ${m.code} (listed in ${metaFile})`,
        t.header.join(',')
      );
    return i;
  });
  const times =
    time < 0
      ? []
      : t.rows.map((r, k) => {
          const year = parseNumber(r[time], dataFile, t.lines[k], 'Time', 'a year (a whole number)');
          if (!Number.isInteger(year))
            throw new InputError(dataFile, t.lines[k], 'Time', 'a year (a whole number)', r[time]);
          return year;
        });
  // A loop, not Math.max(...times): spreading 300,000 rows as arguments overflows the stack.
  let latest = NaN;
  for (const v of times) if (!(v <= latest)) latest = v;
  const current = t.rows.map((_, k) => k).filter((k) => time < 0 || times[k] === latest);
  const units: string[] = [];
  const seen = new Set<string>();
  for (const k of current) {
    const code = t.rows[k][uCode].trim();
    if (code === '' || code === 'NA')
      throw new InputError(dataFile, t.lines[k], 'uCode', 'a unit code', t.rows[k][uCode]);
    if (seen.has(code))
      throw new InputError(
        dataFile,
        t.lines[k],
        'uCode',
        'a unit code not used on an earlier row of the same year',
        code
      );
    seen.add(code);
    units.push(code);
  }
  const position = new Map(units.map((u, i) => [u, i]));
  const readColumns = (ks: number[], unitOrder: string[]) => {
    const columns: Record<string, Float64Array> = Object.create(null);
    const seenHere = new Set<number>();
    for (const k of ks) {
      const u = position.get(t.rows[k][uCode].trim()) ?? -1;
      if (u < 0) continue;
      if (seenHere.has(u))
        throw new InputError(
          dataFile,
          t.lines[k],
          'uCode',
          'a unit code not used on an earlier row of the same year',
          t.rows[k][uCode]
        );
      seenHere.add(u);
    }
    indicators.forEach((m, j) => {
      const col = new Float64Array(unitOrder.length).fill(NaN);
      for (const k of ks) {
        const u = position.get(t.rows[k][uCode].trim()) ?? -1;
        if (u >= 0) col[u] = parseNumber(t.rows[k][colIndex[j]], dataFile, t.lines[k], m.code);
      }
      columns[m.code] = col;
    });
    return columns;
  };
  const groups: Record<string, string[]> = Object.create(null);
  t.header.forEach((h, i) => {
    if (h.endsWith('_group') || groupCodes.has(h))
      groups[h] = current.map((k) => (isMissing(t.rows[k][i]) ? '' : t.rows[k][i].trim()));
  });
  const data: CoinData = {
    units,
    unitNames: current.map((k) => (uName >= 0 ? t.rows[k][uName] : t.rows[k][uCode].trim())),
    groups,
    meta,
    columns: readColumns(current, units)
  };
  // Rows grouped by year in one pass: filtering every row once per year is quadratic on long histories.
  const byYear = new Map<number, number[]>();
  times.forEach((year, k) => {
    if (year === latest) return;
    const ks = byYear.get(year);
    if (ks) ks.push(k);
    else byYear.set(year, [k]);
  });
  if (byYear.size) {
    data.history = [...byYear.keys()]
      .sort((a, b) => a - b)
      .map((year) => ({ time: year, columns: readColumns(byYear.get(year) as number[], units) }));
  }
  return data;
}
