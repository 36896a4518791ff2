import { describe, expect, it } from 'vitest';
import { parseWith } from './parse-with.ts';
import { storyChartsSchema, type StoryChartsKnown } from './story-charts.ts';

const FILE = 'src/content/2027/charts.json';
const known: StoryChartsKnown = {
  year: 2027,
  series: new Set(['ip-receipts', 'itu-idi', 'internet-users', 'dds-exports']),
  entities: new Set(['CHN', 'USA', 'DEU', 'BRA', 'ITA']),
  claims: new Set(['yu-dds-2022-value']),
  conflicts: new Set(),
  sources: new Set(),
  texts: new Set(['000', '001'])
};
const valid = () => ({
  bri: {
    'bri-idi': { series: 'itu-idi' },
    'bri-internet': { series: 'internet-users' },
    membersExports: { series: 'dds-exports' },
    exit: 'ITA'
  },
  rules: {
    'rules-stances': { texts: ['001', '000'] },
    'rules-timeline': { texts: ['001'] },
    'rules-ip': { entities: ['CHN', 'USA', 'DEU'], compare: 'USA' }
  }
});
const parse = (value: unknown, withKnown = true) =>
  parseWith({ schema: storyChartsSchema(withKnown ? known : undefined), value, file: FILE });

describe('storyChartsSchema', () => {
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

  it('fails an unknown claim id with its path', () => {
    const value = {
      services: {
        'services-ict': { series: 'ip-receipts', entities: ['CHN', 'USA'], firstYear: 2005 },
        claims: { ddsStated: 'yu-dds-2022-value', ddsReading: 'expo-dds-2022-valu', ictExports: 'yu-dds-2022-value' }
      }
    };
    expect(() => parse(value)).toThrow(
      `${FILE}:$.services.claims.ddsReading: expected a claim id of edition 2027, got "expo-dds-2022-valu"`
    );
  });

  it("fails a named figure or a compared economy that is not among its chart's entities", () => {
    const figure = {
      services: {
        'services-ict': {
          series: 'ip-receipts',
          entities: ['CHN', 'USA'],
          firstYear: 2005,
          figures: { ictBrazilLast: 'BRA' }
        },
        claims: { ddsStated: 'yu-dds-2022-value', ddsReading: 'yu-dds-2022-value', ictExports: 'yu-dds-2022-value' }
      }
    };
    expect(() => parse(figure)).toThrow(
      `${FILE}:$.services["services-ict"].figures.ictBrazilLast: expected one of the chart's entities (CHN, USA), got "BRA"`
    );
    const compare = valid();
    compare.rules['rules-ip'].compare = 'BRA';
    expect(() => parse(compare)).toThrow(
      `${FILE}:$.rules["rules-ip"].compare: expected one of the chart's entities (CHN, USA, DEU), got "BRA"`
    );
  });

  it('fails a wrong type and an empty entity list with their paths', () => {
    const year = {
      services: {
        'services-ict': { series: 'ip-receipts', entities: ['CHN'], firstYear: '2005' },
        claims: { ddsStated: 'yu-dds-2022-value', ddsReading: 'yu-dds-2022-value', ictExports: 'yu-dds-2022-value' }
      }
    };
    expect(() => parse(year)).toThrow(`${FILE}:$.services["services-ict"].firstYear: expected number, got "2005"`);
    const empty = valid();
    empty.rules['rules-ip'].entities = [];
    expect(() => parse(empty)).toThrow(`${FILE}:$.rules["rules-ip"].entities: expected`);
  });
});
