import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../test/fixture-context.ts';
import { readUnctadServices } from './read-unctad-services.ts';

const UNCTAD_SERVICES_FILE = 'unctad_services_trade_total/services-trade.json';

const series = (over: object = {}) => ({
  scale: 'Millions',
  unit: 'US dollar',
  categoryCode: 'S',
  values: { '2023': 381120.6 },
  ...over
});
const read = (economies: object) =>
  readUnctadServices(
    fixtureContext({ [UNCTAD_SERVICES_FILE]: JSON.stringify({ economies }) }),
    'SERVICES_EXPORTS',
    UNCTAD_SERVICES_FILE
  );

describe('readUnctadServices', () => {
  it('readUnctadServices maps G001 to WLD, KOS to XKX and WBG to PSE', () => {
    const rows = read({
      G001: { series: { SERVICES_EXPORTS: series() } },
      KOS: { series: { SERVICES_EXPORTS: series() } },
      WBG: { series: { SERVICES_EXPORTS: series() } }
    });
    expect(rows.map((r) => r.entity)).toEqual(['WLD', 'XKX', 'PSE']);
  });

  it('readUnctadServices rejects a series in another unit', () => {
    expect(() => read({ CHN: { series: { SERVICES_EXPORTS: series({ scale: 'Thousands' }) } } })).toThrow(
      'economies.CHN.series.SERVICES_EXPORTS: expected unit "US dollar", scale "Millions", category "S", got US dollar, Thousands, S'
    );
  });

  it('readUnctadServices rejects an unknown economy key', () => {
    expect(() => read({ ZZZ: { series: { SERVICES_EXPORTS: series() } } })).toThrow(
      'economies.ZZZ: expected an ISO3 code, got "ZZZ"'
    );
  });

  it('readUnctadServices rejects text where a number belongs', () => {
    expect(() => read({ CHN: { series: { SERVICES_EXPORTS: series({ values: { '2023': '381,120.6' } }) } } })).toThrow(
      'values.2023: expected a number or null, got "381,120.6"'
    );
  });

  it('readUnctadServices rejects a file that is not JSON', () => {
    expect(() =>
      readUnctadServices(
        fixtureContext({ [UNCTAD_SERVICES_FILE]: '{"economies": ' }),
        'SERVICES_EXPORTS',
        UNCTAD_SERVICES_FILE
      )
    ).toThrow(`${UNCTAD_SERVICES_FILE}: expected valid JSON`);
  });
});
