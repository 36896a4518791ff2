import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../test/fixture-context.ts';
import { FIXTURE_RAW_DIR, RAW_DIR, runsOnRaw } from '../../../test/raw-folder.ts';
import { createEtlContext } from '../etl-context.ts';
import catalogue from '../../../editions/2026/config/series.json' with { type: 'json' };
import { readItuAggregates } from './read-itu-aggregates.ts';

const FIXTURE = 'itu_key_ict_aggregates/itu_aggregates_cut.xlsx';
const at = (cells: { label: string; year: number; value: number | null }[], label: string, year: number) =>
  cells.find((c) => c.label === label && c.year === year)?.value;

async function workbookBytes(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet');
  rows.forEach((row, i) => (ws.getRow(i + 1).values = row as ExcelJS.CellValue[]));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readItuAggregates on the fixture (bandwidth blocks copied cell for cell to other rows)', () => {
  const ctx = createEtlContext(FIXTURE_RAW_DIR, []);

  it('readItuAggregates finds both layouts of the bandwidth block by text: World on one sheet, the regions on the other', async () => {
    const tbit = await readItuAggregates(ctx, { file: FIXTURE, indicator: 'International bandwidth usage', block: 'Tbit' });
    expect(at(tbit, 'World', 2024)).toBe(1778.5);
    expect(at(tbit, 'World', 2015)).toBe(155.6);
    expect(at(tbit, 'World', 2014)).toBe(null);
    expect(at(tbit, 'Asia-Pacific', 2024)).toBe(791.4);
    expect(at(tbit, 'Asia-Pacific', 2015)).toBe(52.5);
    const perUser = await readItuAggregates(ctx, { file: FIXTURE, indicator: 'International bandwidth usage', block: 'Per Internet user' });
    expect(at(perUser, 'World', 2024)).toBe(322.8);
    expect(at(perUser, 'World', 2015)).toBe(52.4);
    expect(at(perUser, 'Europe', 2024)).toBe(null);
    expect(at(perUser, 'Africa', 2024)).toBe(80.1);
  });

  it('readItuAggregates says which indicator it could not find and in which sheets', async () => {
    await expect(readItuAggregates(ctx, { file: FIXTURE, indicator: 'Data centres', block: 'MW' })).rejects.toThrow(
      `${FIXTURE}:A: expected a sheet with an indicator titled "Data centres…", got none in sheets By dvpmnt status and spec. reg., By BDT region`
    );
  });

  it('readItuAggregates rejects a cell that is neither a number nor "N/A", naming sheet, row and column', async () => {
    const bytes = await workbookBytes([
      [],
      ['International bandwidth usage', 'Tbit/s'],
      [null, 2023, 2024],
      ['World', 1458.1, 'about 1,800']
    ]);
    await expect(
      readItuAggregates(fixtureContext({ 'x.xlsx': bytes }), { file: 'x.xlsx', indicator: 'International bandwidth usage', block: 'Tbit' })
    ).rejects.toThrow('x.xlsx:4:Sheet!C: expected a number or "N/A", got "about 1,800"');
  });

  it('readItuAggregates names the unit headers it found when the wanted block is missing', async () => {
    const bytes = await workbookBytes([['International bandwidth usage', 'Tbit/s'], [null, 2024], ['World', 1]]);
    await expect(
      readItuAggregates(fixtureContext({ 'x.xlsx': bytes }), { file: 'x.xlsx', indicator: 'International bandwidth usage', block: 'Per Internet user' })
    ).rejects.toThrow('x.xlsx:2:Sheet!years: expected a block of years headed "Per Internet user" for "International bandwidth usage"');
  });
});

describe.skipIf(!runsOnRaw('itu_key_ict_aggregates'))('readItuAggregates on the full Nov-2024 workbook', () => {
  it('hand-checked: world international bandwidth 2024 is 1,778.5 Tbit/s (322.8 kbit/s per user); Asia-Pacific 791.4', async () => {
    const ctx = createEtlContext(RAW_DIR, []);
    // The workbook the committed catalogue names (config/series.json).
    const ITU_AGGREGATES_FILE = catalogue.find((e) => e.reader === 'itu-aggregates')!.file;
    const tbit = await readItuAggregates(ctx, { file: ITU_AGGREGATES_FILE, indicator: 'International bandwidth usage', block: 'Tbit' });
    expect(at(tbit, 'World', 2024)).toBe(1778.5);
    expect(at(tbit, 'World', 2020)).toBe(712.6);
    expect(at(tbit, 'Asia-Pacific', 2024)).toBe(791.4);
    const perUser = await readItuAggregates(ctx, { file: ITU_AGGREGATES_FILE, indicator: 'International bandwidth usage', block: 'Per Internet user' });
    expect(at(perUser, 'World', 2024)).toBe(322.8);
    expect(new Set(tbit.map((c) => c.label))).toEqual(
      new Set(['World', 'Low-income', 'Lower-middle-income', 'Upper-middle-income', 'High-income', 'Least Developed Countries (LDCs)', 'Land Locked Developing Countries (LLDCs)', 'Small Island Developing States (SIDS)', 'Africa', 'Americas', 'Arab States', 'Asia-Pacific', 'CIS', 'Europe'])
    );
  });
});
