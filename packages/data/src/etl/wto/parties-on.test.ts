import { describe, expect, it } from 'vitest';
import names from '../../../editions/2026/config/names.data-trade.json' with { type: 'json' };
import { FIXTURE_RAW_DIR } from '../../../test/raw-folder.ts';
import { createEtlContext } from '../etl-context.ts';
import { readWtoRtas } from '../read/read-wto-rtas.ts';
import { partiesOn } from './parties-on.ts';

const FIXTURE = 'wto_rta_database/allrtas_cut.xlsx';

describe('partiesOn (blocs expanded from their own agreement in the WTO fixture)', async () => {
  const rtas = await readWtoRtas(createEtlContext(FIXTURE_RAW_DIR, []), FIXTURE);
  const byId = new Map(rtas.map((r) => [r.id, r]));
  const on = (id: number, date: string) =>
    partiesOn({ rta: byId.get(id)!, date, byId, blocs: names.wto.blocs, countryOverrides: names.wto.countryOverrides, file: FIXTURE });

  it('partiesOn expands ASEAN (AFTA) to its ten members and keeps China', () => {
    expect(on(42, '2005-01-01')).toEqual(['BRN', 'CHN', 'IDN', 'KHM', 'LAO', 'MMR', 'MYS', 'PHL', 'SGP', 'THA', 'VNM']);
  });

  it('partiesOn expands EFTA as of the date: Norway only from its own entry date, and members that had left are out', () => {
    expect(on(689, '2012-10-01')).toEqual(['CHE', 'HKG', 'ISL', 'LIE']);
    expect(on(689, '2012-11-01')).toEqual(['CHE', 'HKG', 'ISL', 'LIE', 'NOR']);
  });

  it('partiesOn gives the EU its members of the day: the UK until 2020, not Croatia before 2013', () => {
    const eu2010 = on(120, '2010-01-01');
    expect(eu2010).toContain('GBR');
    expect(eu2010).not.toContain('HRV');
    expect(eu2010).toHaveLength(27);
    const eu2021 = on(120, '2021-01-01');
    expect(eu2021).not.toContain('GBR');
    expect(eu2021).toContain('HRV');
    expect(eu2021).toHaveLength(27);
  });

  it('partiesOn names the row and the party it cannot map', () => {
    expect(() =>
      partiesOn({ rta: byId.get(42)!, date: '2005-01-01', byId, blocs: {}, countryOverrides: {}, file: FIXTURE })
    ).toThrow(`${FIXTURE}:5:Current signatories: expected a party name with an ISO3 code (config/names.data-trade.json), got "ASEAN Free Trade Area (AFTA)"`);
  });
});
