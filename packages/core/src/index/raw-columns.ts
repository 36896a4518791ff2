import type { CoinData } from './coin-data.ts';
import type { CompiledFramework } from './compile-framework.ts';

/** The raw column of each indicator row of `fw`, checked for presence and length; at least two units. */
export function rawColumns(data: CoinData, fw: CompiledFramework): Float64Array[] {
  const nU = data.units.length;
  if (nU < 2)
    throw new Error(
      `data: expected at least 2 units to normalise and rank, got ${nU}${nU ? ` (${data.units[0]})` : ''}`
    );
  return fw.codes.slice(0, fw.nIndicators).map((code) => {
    const col = Object.hasOwn(data.columns, code) ? data.columns[code] : undefined;
    if (!col) throw new Error(`data: no column for indicator ${code} (listed in iMeta)`);
    if (col.length !== nU) throw new Error(`data: column ${code} has ${col.length} values for ${nU} units`);
    return col;
  });
}
