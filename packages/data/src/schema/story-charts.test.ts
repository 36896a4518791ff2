import { describe, expect, it } from 'vitest';
import { parseWith } from './parse-with.ts';
import { storyChartsSchema, type StoryChartsKnown } from './story-charts.ts';

const FILE = 'src/content/2027/charts.json';
const known: StoryChartsKnown = {
  year: 2027,
  series: new Set([
    'ip-receipts',
    'ip-payments',
    'itu-idi',
    'internet-users',
    'dds-exports',
    'dds-imports',
    'services-exports'
  ]),
  entities: new Set(['CHN', 'USA', 'DEU', 'BRA', 'ITA']),
  claims: new Set(['yu-dds-2022-value', 'yu-rcep-joined']),
  datedClaims: new Set(['yu-dds-2022-value']),
  conflicts: new Set(['dds-china-2022-value']),
  sources: new Set(),
  texts: new Set(['000', '001']),
  incomeGroups: new Set(['high', 'low']),
  provinceGroups: new Set(['yrd']),
  publicRecords: new Set(['digital-china-19th-congress', 'rcep-signed'])
};
const valid = () => ({
  calculator: { exports: 'dds-exports', imports: 'dds-imports' },
  bri: {
    'bri-idi': { series: 'itu-idi' },
    'bri-internet': { series: 'internet-users' },
    'bri-gvc': { total: 'dds-exports', backward: 'dds-exports', forward: 'dds-exports', highTech: 'dds-exports' },
    membersExports: { series: 'dds-exports' },
    exit: 'ITA'
  },
  rules: {
    'rules-stances': {
      texts: ['001', '000'],
      parties: ['usa', 'china'],
      issues: ['data-flows', 'privacy'],
      stances: {
        'data-flows': { usa: 2, china: 1 } as Record<string, unknown>,
        privacy: { usa: null, china: 0 } as Record<string, unknown>
      } as Record<string, Record<string, unknown>>
    },
    'rules-timeline': {
      texts: ['001'],
      events: [
        { id: 'wco', date: '2018', text: '001' },
        { id: 'asean', date: '2021', until: '2025', text: '001' },
        { id: 'dds', claim: 'yu-dds-2022-value' }
      ],
      undated: [{ id: 'rcep', claim: 'yu-rcep-joined' }]
    },
    'rules-ip': {
      entities: ['CHN', 'USA', 'DEU'],
      compare: 'USA',
      receipts: 'ip-receipts',
      payments: 'ip-payments'
    }
  }
});
/** A valid file with a services section whose ICT chart and claims are `ict` and `claims`. */
const withServices = (ict: Record<string, unknown>, claims: Record<string, string> = {}) => ({
  ...valid(),
  services: {
    'dds-china': { exports: 'dds-exports', imports: 'dds-imports' },
    'services-dds-share': { digital: 'dds-exports', services: 'services-exports' },
    'services-dds-rank': { series: 'dds-exports' },
    'services-dds-sources': { conflict: 'dds-china-2022-value', exports: 'dds-exports', imports: 'dds-imports' },
    'services-ip': { receipts: 'ip-receipts', payments: 'ip-payments' },
    'services-ict': { series: 'ip-receipts', entities: ['CHN', 'USA'], firstYear: 2005, ...ict },
    claims: {
      ddsStated: 'yu-dds-2022-value',
      ddsReading: 'yu-dds-2022-value',
      ictExports: 'yu-dds-2022-value',
      ...claims
    }
  }
});
const parse = (value: unknown, withKnown = true) =>
  parseWith({ schema: storyChartsSchema(withKnown ? known : undefined), value, file: FILE });

describe('storyChartsSchema', () => {
  it('fails a province group the edition does not have, and one of the wrong kind', () => {
    const panels = { trade: 'ip-receipts', express: 'ip-receipts', gdp: 'ip-receipts' };
    expect(parse({ ...valid(), guangdong: { panels, regions: { yrd: 'yrd' } } }).guangdong?.regions).toEqual({
      yrd: 'yrd'
    });
    expect(() => parse({ ...valid(), guangdong: { panels, regions: { cw: 'central-wets' } } })).toThrow(
      `${FILE}:$.guangdong.regions.cw: expected a province group key of entities/groups.json of edition 2027, got "central-wets"`
    );
    expect(() => parse({ ...valid(), guangdong: { panels, regions: { hi: 'high' } } })).toThrow(
      `${FILE}:$.guangdong.regions.hi: expected a province group key`
    );
  });

  it('reads an event and an undated agreement that cite public-record facts; an unknown record id fails with its path', () => {
    const value = valid();
    const timeline = value.rules['rules-timeline'] as {
      events: Record<string, unknown>[];
      undated: Record<string, unknown>[];
    };
    timeline.events[0].record = 'digital-china-19th-congress';
    timeline.undated[0].records = ['rcep-signed'];
    expect(parse(value).rules?.['rules-timeline'].events[0].record).toBe('digital-china-19th-congress');
    timeline.events[0].record = 'digital-china-18th-congress';
    expect(() => parse(value)).toThrow(
      `${FILE}:$.rules["rules-timeline"].events[0].record: expected a record id of config/public-record.json of edition 2027, got "digital-china-18th-congress"`
    );
    timeline.events[0].record = 'digital-china-19th-congress';
    timeline.undated[0].records = ['rcep-signed', 'rcep-in-forse'];
    expect(() => parse(value)).toThrow(
      `${FILE}:$.rules["rules-timeline"].undated[0].records[1]: expected a record id of config/public-record.json of edition 2027, got "rcep-in-forse"`
    );
  });

  it('reads a valid file typed, sections the story does not chart left out', () => {
    const charts = parse(valid());
    expect(charts.rules?.['rules-ip'].entities).toEqual(['CHN', 'USA', 'DEU']);
    expect(charts.goods).toBeUndefined();
  });

  it('names a misspelt key with its JSON path: an unknown section, or the required key it stands for', () => {
    const { rules, ...rest } = valid();
    expect(() => parse({ ...rest, rule: rules })).toThrow(
      `${FILE}:$.rule: expected only the keys the schema defines, got an unknown key "rule"`
    );
    const value = valid();
    const ip = value.rules['rules-ip'] as Record<string, unknown>;
    ip.entites = ip.entities;
    delete ip.entities;
    expect(() => parse(value)).toThrow(
      `${FILE}:$.rules["rules-ip"].entities: expected array, got nothing (and 1 more)`
    );
  });

  it('fails an entity the edition does not have with its index, the edition and the code', () => {
    const value = valid();
    value.rules['rules-ip'].entities.push('BRZ');
    expect(() => parse(value)).toThrow(
      `${FILE}:$.rules["rules-ip"].entities[3]: expected an entity code of edition 2027, got "BRZ"`
    );
    // Shape only (no edition at hand): the same file passes.
    expect(parse(value, false).rules?.['rules-ip'].entities).toHaveLength(4);
  });

  it('fails an unknown series id and an unknown text number, each with its path', () => {
    const series = valid();
    series.bri['bri-idi'].series = 'itu-ldi';
    expect(() => parse(series)).toThrow(
      `${FILE}:$.bri["bri-idi"].series: expected a series id of edition 2027, got "itu-ldi"`
    );
    const text = valid();
    text.rules['rules-timeline'].texts = ['001', '009'];
    expect(() => parse(text)).toThrow(
      `${FILE}:$.rules["rules-timeline"].texts[1]: expected a text number of the claims ledger of edition 2027, got "009"`
    );
  });

  it('fails a stances grid that is not exactly issues × parties codes 0, 1, 2 or null, each with its path', () => {
    expect(parse(valid()).rules?.['rules-stances'].stances.privacy).toEqual({ usa: null, china: 0 });
    const missing = valid();
    delete missing.rules['rules-stances'].stances.privacy.china;
    expect(() => parse(missing)).toThrow(
      `${FILE}:$.rules["rules-stances"].stances.privacy: expected a code for "china"`
    );
    const extra = valid();
    extra.rules['rules-stances'].stances['digital-tax'] = { usa: 2, china: 1 };
    expect(() => parse(extra)).toThrow(
      `${FILE}:$.rules["rules-stances"].stances["digital-tax"]: expected one of data-flows, privacy`
    );
    const code = valid();
    code.rules['rules-stances'].stances['data-flows'].usa = 3;
    expect(() => parse(code)).toThrow(`${FILE}:$.rules["rules-stances"].stances["data-flows"].usa`);
    const twice = valid();
    twice.rules['rules-stances'].parties = ['usa', 'china', 'usa'];
    expect(() => parse(twice)).toThrow(
      `${FILE}:$.rules["rules-stances"].parties[2]: expected an id not listed before, got "usa"`
    );
  });

  it('fails an unknown claim id with its path', () => {
    const value = withServices({}, { ddsReading: 'expo-dds-2022-valu' });
    expect(() => parse(value)).toThrow(
      `${FILE}:$.services.claims.ddsReading: expected a claim id of edition 2027, got "expo-dds-2022-valu"`
    );
    expect(parse(withServices({})).services?.['services-dds-sources'].conflict).toBe('dds-china-2022-value');
  });

  it("fails a named figure or a compared economy that is not among its chart's entities", () => {
    const figure = withServices({ figures: { ictBrazilLast: 'BRA' } });
    expect(() => parse(figure)).toThrow(
      `${FILE}:$.services["services-ict"].figures.ictBrazilLast: expected one of the chart's entities (CHN, USA), got "BRA"`
    );
    const compare = valid();
    compare.rules['rules-ip'].compare = 'BRA';
    expect(() => parse(compare)).toThrow(
      `${FILE}:$.rules["rules-ip"].compare: expected one of the chart's entities (CHN, USA, DEU), got "BRA"`
    );
  });

  it("fails a timeline event with a malformed date, a claim without a year, a text not the chart's, or both kinds of date", () => {
    const timeline = (events: Record<string, string>[], undated = [{ id: 'rcep', claim: 'yu-rcep-joined' }]) => {
      const v = valid();
      return { ...v, rules: { ...v.rules, 'rules-timeline': { texts: ['001'], events, undated } } };
    };
    const RT = `${FILE}:$.rules["rules-timeline"]`;
    expect(parse(timeline([{ id: 'x', date: '2019-11', text: '001' }])).rules?.['rules-timeline'].events).toEqual([
      { id: 'x', date: '2019-11', text: '001' }
    ]);
    expect(() => parse(timeline([{ id: 'x', date: '2019-13', text: '001' }]))).toThrow(
      `${RT}.events[0].date: expected a date YYYY or YYYY-MM, got "2019-13"`
    );
    expect(() => parse(timeline([{ id: 'x', date: '19', text: '001' }]))).toThrow(
      `${RT}.events[0].date: expected a date`
    );
    expect(() => parse(timeline([{ id: 'x', claim: 'yu-rcep-joined' }]))).toThrow(
      `${RT}.events[0].claim: expected a claim id with a year of edition 2027, got "yu-rcep-joined"`
    );
    expect(() => parse(timeline([{ id: 'x', date: '2018', text: '000' }]))).toThrow(
      `${RT}.events[0].text: expected one of the chart's texts (001), got "000"`
    );
    expect(() => parse(timeline([{ id: 'x', claim: 'yu-dds-2022-value', date: '2018' }]))).toThrow(
      `${RT}.events[0].date: expected no date beside a claim, which dates the event, got "2018"`
    );
    expect(() => parse(timeline([{ id: 'x', date: '2018' }]))).toThrow(
      `${RT}.events[0].text: expected a text, or a claim, got nothing`
    );
    expect(() => parse(timeline([{ id: 'x', date: '2018', text: '001', until: '2025-1' }]))).toThrow(
      `${RT}.events[0].until: expected a date YYYY or YYYY-MM, got "2025-1"`
    );
    expect(() =>
      parse(
        timeline([
          { id: 'x', date: '2018', text: '001' },
          { id: 'x', date: '2019', text: '001' }
        ])
      )
    ).toThrow(`${RT}.events[1].id: expected an id not used before in events, got "x"`);
    expect(() =>
      parse(timeline([{ id: 'x', date: '2018', text: '001' }], [{ id: 'rcep', claim: 'yu-rcep-join' }]))
    ).toThrow(`${RT}.undated[0].claim: expected a claim id of edition 2027, got "yu-rcep-join"`);
  });

  it('fails a defining document with a wrong kind, a year out of range or a link that is not a URL', () => {
    const doc = { id: 'wto', year: 1998, kind: 'policy', url: 'https://www.wto.org/' };
    const definition = (d: Record<string, unknown>) => ({
      ...valid(),
      definition: {
        'definition-pillars': {
          goods: 'dds-exports',
          highTech: 'dds-exports',
          services: 'services-exports',
          digital: 'dds-exports'
        },
        'definition-timeline': { documents: [{ ...doc, ...d }] }
      }
    });
    const DT = `${FILE}:$.definition["definition-timeline"].documents[0]`;
    expect(parse(definition({})).definition?.['definition-timeline'].documents).toEqual([doc]);
    expect(() => parse(definition({ kind: 'legal' }))).toThrow(`${DT}.kind: expected one of`);
    expect(() => parse(definition({ year: 98 }))).toThrow(`${DT}.year: expected number to be >=1900, got "98"`);
    expect(() => parse(definition({ url: 'www.wto.org' }))).toThrow(`${DT}.url:`);
    expect(() => parse(definition({ title: 'x' }))).toThrow(`${DT}.title: expected only the keys the schema defines`);
  });

  it('fails a wrong type, an empty entity list and a missing calculator with their paths', () => {
    const year = withServices({ firstYear: '2005' });
    expect(() => parse(year)).toThrow(`${FILE}:$.services["services-ict"].firstYear: expected number, got "2005"`);
    const empty = valid();
    empty.rules['rules-ip'].entities = [];
    expect(() => parse(empty)).toThrow(
      `${FILE}:$.rules["rules-ip"].entities: expected array to have >=1 items, got "[]"`
    );
    const { calculator: _, ...noCalculator } = valid();
    expect(() => parse(noCalculator)).toThrow(`${FILE}:$.calculator: expected object, got nothing`);
  });
});
