import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../test/fixture-context.ts';
import { FIXTURE_RAW_DIR, RAW_DIR, RAW_SOURCES, runsOnRaw } from '../../../test/raw-folder.ts';
import { createEtlContext } from '../etl-context.ts';
import { readWtoRtas, WTO_RTA_ROLE } from './read-wto-rtas.ts';

const FIXTURE = 'wto_rta_database/allrtas_cut.xlsx';

/** The fixture workbook with its columns in reverse order, or without one column. */
async function rearranged(options: { drop?: string }): Promise<Uint8Array> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(`${FIXTURE_RAW_DIR}/${FIXTURE}`);
  const sheet = source.getWorksheet('AllRTAs')!;
  const out = new ExcelJS.Workbook();
  const ws = out.addWorksheet('Export');
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const keep = header.map((_, i) => i).filter((i) => header[i] !== options.drop).reverse();
  sheet.eachRow((row, n) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    ws.getRow(n).values = keep.map((i) => values[i] ?? null);
  });
  return new Uint8Array(await out.xlsx.writeBuffer());
}

describe('readWtoRtas on the fixture (12 agreements copied cell for cell from the Feb-2026 export)', () => {
  it('readWtoRtas reads ids, dates as ISO dates, signatories and per-party entry and exit dates', async () => {
    const rtas = await readWtoRtas(createEtlContext(FIXTURE_RAW_DIR, []), FIXTURE);
    expect(rtas).toHaveLength(12);
    const aseanChina = rtas.find((r) => r.id === 42)!;
    expect(aseanChina).toMatchObject({
      name: 'ASEAN - China',
      status: 'In Force',
      accession: false,
      signatureGoods: '2004-11-29',
      signatureServices: '2007-01-14',
      entryIntoForceGoods: '2005-01-01',
      entryIntoForceServices: '2007-07-01',
      inactive: null,
      signatories: ['China', 'ASEAN Free Trade Area (AFTA)']
    });
    const apta = rtas.find((r) => r.id === 140)!;
    expect(apta.specificDates).toEqual({ China: { entry: '2002-01-01', exit: null } });
    const efta = rtas.find((r) => r.id === 152)!;
    expect(efta.specificDates['United Kingdom']).toEqual({ entry: null, exit: '1972-12-31' });
    expect(efta.specificDates.Finland).toEqual({ entry: '1986-01-01', exit: '1994-12-31' });
    expect(rtas.find((r) => r.id === 46)!.accession).toBe(true);
  });

  it('readWtoRtas finds its columns by header text, so a re-ordered export on a renamed sheet reads the same', async () => {
    const original = await readWtoRtas(createEtlContext(FIXTURE_RAW_DIR, []), FIXTURE);
    const moved = await readWtoRtas(fixtureContext({ 'x.xlsx': await rearranged({}) }), 'x.xlsx');
    expect(moved.map(({ row: _row, ...rest }) => rest)).toEqual(original.map(({ row: _row, ...rest }) => rest));
  });

  it('readWtoRtas names a missing header', async () => {
    await expect(readWtoRtas(fixtureContext({ 'x.xlsx': await rearranged({ drop: 'Current signatories' }) }), 'x.xlsx')).rejects.toThrow(
      'x.xlsx:1:Export!Current signatories: expected a column headed "Current signatories"'
    );
  });
});

describe.skipIf(!runsOnRaw('wto_rta_database'))('readWtoRtas on the full export', () => {
  it('reads 655 agreements; "China" is among the signatories of 31 (24 mainland China, 7 only Hong Kong, China or Macao, China)', async () => {
    const ctx = createEtlContext(RAW_DIR, RAW_SOURCES);
    const rtas = await readWtoRtas(ctx, ctx.rawFile({ role: WTO_RTA_ROLE }));
    expect(rtas).toHaveLength(655);
    expect(rtas.filter((r) => r.signatories.some((s) => s.includes('China')))).toHaveLength(31);
    expect(rtas.filter((r) => r.signatories.includes('China'))).toHaveLength(24);
    expect(Math.max(...rtas.map((r) => r.id))).toBe(1345);
  });
});
