import { DataError } from '../errors/data-error.ts';
import { externalColumns, externalRowSchema } from './external.ts';
import { FLAGS_COLUMNS, flagRowSchema } from './flags.ts';
import { parseCsvWith } from './parse-csv-with.ts';
import type { ExternalRow, FrameworkFile, IndexFlag, MethodFile } from './types.ts';

/**
 * The index's CSV tables beside framework.json: `index/flags.csv` (every imputed or carried-forward cell) and
 * `index/external.csv` (the external measures method.json names, one row per ranked unit in framework order). Each is
 * null when the file is absent; a file present without the framework (or external.csv without method.json) is an error.
 */
export function readIndexTables({
  files,
  where,
  framework,
  method
}: {
  files: Readonly<Record<string, string>>;
  where: (path: string) => string;
  framework: FrameworkFile | null;
  method: MethodFile | null;
}): { flags: IndexFlag[] | null; external: ExternalRow[] | null } {
  const needs = (path: string, other: string) =>
    new DataError({ file: where(path), expected: `index/${other} beside it`, got: 'no such file' });
  let flags: IndexFlag[] | null = null;
  if ('index/flags.csv' in files) {
    if (!framework) throw needs('index/flags.csv', 'framework.json');
    flags = parseCsvWith({
      schema: flagRowSchema({
        units: new Set(framework.units.map((u) => u.code)),
        indicators: new Set(framework.indicators.map((i) => i.code))
      }),
      columns: FLAGS_COLUMNS,
      text: files['index/flags.csv'],
      file: where('index/flags.csv')
    });
  }
  let external: ExternalRow[] | null = null;
  if ('index/external.csv' in files) {
    if (!framework) throw needs('index/external.csv', 'framework.json');
    if (!method) throw needs('index/external.csv', 'method.json');
    const codes = method.external.map((x) => x.code);
    const file = where('index/external.csv');
    external = parseCsvWith({
      schema: externalRowSchema(codes),
      columns: externalColumns(codes),
      text: files['index/external.csv'],
      file
    });
    framework.units.forEach((u, i) => {
      if (external![i]?.unit !== u.code)
        throw new DataError({
          file,
          row: i + 2,
          column: 'uCode',
          expected: `${u.code} (framework.json's unit ${i + 1})`,
          got: external![i]?.unit ?? 'no row'
        });
    });
    if (external.length > framework.units.length)
      throw new DataError({
        file,
        row: framework.units.length + 2,
        expected: `${framework.units.length} rows, one per ranked unit`,
        got: `${external.length}`
      });
  }
  return { flags, external };
}
