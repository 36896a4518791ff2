import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../test/fixture-context.ts';
import { readSdmxCsv } from './read-sdmx-csv.ts';

const UNCTAD_DE_FILE = 'unctad_digitally_deliverable_services/UNCTAD_DE.csv';

const HEADER = 'REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS';
const EXP = 'UNCTAD_DE_DIG_SERVTRADE_ANN_EXP';
const query = { file: UNCTAD_DE_FILE, indicator: EXP, unitMeasure: 'USD', unitMult: '6' };
const read = (...lines: string[]) =>
  readSdmxCsv(fixtureContext({ [UNCTAD_DE_FILE]: [HEADER, ...lines].join('\n') }), query);

describe('readSdmxCsv', () => {
  it('readSdmxCsv keeps only the requested indicator', () => {
    const rows = read(`CHN,${EXP},2023,216265.0,USD,6,A`, 'CHN,OTHER,2023,5,PT_BS,0,A');
    expect(rows.map((r) => [r.entity, r.year, r.value])).toEqual([['CHN', 2023, 216265]]);
  });

  it('readSdmxCsv stores OBS_STATUS "O" (missing value) rows as null, never zero', () => {
    expect(read(`AFG,${EXP},2021,,USD,6,O`)[0].value).toBeNull();
  });

  it('readSdmxCsv rejects an "O" row that carries a value', () => {
    expect(() => read(`AFG,${EXP},2021,5,USD,6,O`)).toThrow(
      `${UNCTAD_DE_FILE}:2:OBS_VALUE: expected an empty value for OBS_STATUS "O" (missing), got "5"`
    );
  });

  it('readSdmxCsv rejects a normal row without a value', () => {
    expect(() => read(`AFG,${EXP},2021,,USD,6,A`)).toThrow(
      'expected OBS_STATUS "A" with a number, or "O" with an empty value'
    );
  });

  it('readSdmxCsv rejects a wrong unit multiplier (thousands instead of millions)', () => {
    expect(() => read(`CHN,${EXP},2023,216265000,USD,3,A`)).toThrow(
      `${UNCTAD_DE_FILE}:2:UNIT_MULT: expected unit "6" for ${EXP}, got "3"`
    );
  });

  it('readSdmxCsv rejects a wrong unit of measure', () => {
    expect(() => read(`CHN,${EXP},2023,216265,EUR,6,A`)).toThrow(':2:UNIT_MEASURE: expected unit "USD"');
  });

  it('readSdmxCsv rejects an unknown ISO3 code', () => {
    expect(() => read(`XYZ,${EXP},2023,1,USD,6,A`)).toThrow(
      `${UNCTAD_DE_FILE}:2:REF_AREA: expected an ISO3 code or a known aggregate, got "XYZ"`
    );
  });

  it('readSdmxCsv rejects a year out of range', () => {
    expect(() => read(`CHN,${EXP},2203,1,USD,6,A`)).toThrow(':2:TIME_PERIOD: expected a year in 2000–2025, got "2203"');
  });

  it('readSdmxCsv rejects text in the value column', () => {
    expect(() => read(`CHN,${EXP},2023,216 265,USD,6,A`)).toThrow(
      ':2:OBS_VALUE: expected a number or an empty cell, got "216 265"'
    );
  });

  it('readSdmxCsv rejects a file missing the OBS_STATUS column', () => {
    const ctx = fixtureContext({
      [UNCTAD_DE_FILE]: `REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT\nCHN,${EXP},2023,1,USD,6`
    });
    expect(() => readSdmxCsv(ctx, query)).toThrow(`${UNCTAD_DE_FILE}:1:OBS_STATUS: expected a column "OBS_STATUS"`);
  });
});
