import { parseWith, storyChartsSchema } from '@dtr/data';
import { describe, expect, it } from 'vitest';
import committed from '$content/2026/charts.json';
import { storyCharts } from '$lib/copy/content';
import { editionYears, getEdition } from '$lib/server/edition';
import { storyChartsKnown } from './story-charts-known';

const FILE = 'src/content/2026/charts.json';
const edition = getEdition(2026);
const check = (value: unknown) =>
  parseWith({ schema: storyChartsSchema(storyChartsKnown(edition)), value, file: FILE });
const copy = () => structuredClone(committed) as typeof committed;

describe('charts.json checked against its edition', () => {
  it("every edition's charts.json names only series, entities, claims and texts its edition has", () => {
    for (const year of editionYears) expect(storyCharts(getEdition(year)).file).toBe(`src/content/${year}/charts.json`);
    expect(storyCharts(edition).choices.goods?.['goods-high-tech'].entities).toEqual([
      'CHN',
      'USA',
      'DEU',
      'JPN',
      'KOR',
      'IND',
      'VNM',
      'WLD'
    ]);
  });

  it('the ids come from the edition: its series, countries and provinces, claims, conflicts, sources and text numbers', () => {
    const known = storyChartsKnown(edition);
    expect(known.series.has('high-tech-exports-share')).toBe(true);
    expect(known.entities.has('BRA') && known.entities.has('CN-GD') && known.entities.has('IAP')).toBe(true);
    expect(known.claims.has('yu-bandwidth-2021')).toBe(true);
    expect(known.conflicts.has('cbec-share-of-trade')).toBe(true);
    expect(known.sources.has('wdi-databank-2020')).toBe(true);
    expect([...known.texts].sort()).toEqual(['000', '001', '002', '003', '004']);
    expect([...known.incomeGroups]).toEqual(['high', 'upper-middle', 'lower-middle', 'low']);
    expect([...known.provinceGroups]).toEqual(['yrd', 'central-west', 'gd']);
  });

  it('an economy the edition does not have fails with the file, its JSON path, expected and got', () => {
    const value = copy();
    value.goods['goods-high-tech'].entities.push('BRZ');
    expect(() => check(value)).toThrow(
      `${FILE}:$.goods["goods-high-tech"].entities[8]: expected an entity code of edition 2026, got "BRZ"`
    );
  });

  it('a claim id or series id the edition does not have fails with its path', () => {
    const claim = copy();
    claim.data.claims.bandwidth = 'yu-bandwidth-2012';
    expect(() => check(claim)).toThrow(
      `${FILE}:$.data.claims.bandwidth: expected a claim id of edition 2026, got "yu-bandwidth-2012"`
    );
    const series = copy();
    series.infrastructure['infra-mobile'].series = 'mobile-subscription';
    expect(() => check(series)).toThrow(
      `${FILE}:$.infrastructure["infra-mobile"].series: expected a series id of edition 2026, got "mobile-subscription"`
    );
  });

  it('a timeline agreement or event citing a claim the ledger lacks, or one without a year, fails with its path', () => {
    const undated = copy();
    undated.rules['rules-timeline'].undated[2].claim = 'yu-depa-applied';
    expect(() => check(undated)).toThrow(
      `${FILE}:$.rules["rules-timeline"].undated[2].claim: expected a claim id of edition 2026, got "yu-depa-applied"`
    );
    const agreement = copy();
    agreement.data['data-agreements'].undated[0].claim = 'yu-rcep-join';
    expect(() => check(agreement)).toThrow(
      `${FILE}:$.data["data-agreements"].undated[0].claim: expected a claim id of edition 2026, got "yu-rcep-join"`
    );
    const event = copy();
    event.rules['rules-timeline'].events[0] = { id: 'rcep', claim: 'yu-rcep-joined' } as never;
    expect(() => check(event)).toThrow(
      `${FILE}:$.rules["rules-timeline"].events[0].claim: expected a claim id with a year of edition 2026, got "yu-rcep-joined"`
    );
  });

  it("an event or an agreement citing a public record the edition's config/public-record.json lacks fails with its path", () => {
    const event = copy();
    (event.rules['rules-timeline'].events[1] as { record?: string }).record = 'digital-china-18th-congress';
    expect(() => check(event)).toThrow(
      `${FILE}:$.rules["rules-timeline"].events[1].record: expected a record id of config/public-record.json of edition 2026, got "digital-china-18th-congress"`
    );
    const agreement = copy();
    agreement.data['data-agreements'].undated[0].records = ['rcep-signed', 'rcep-ratified'];
    expect(() => check(agreement)).toThrow(
      `${FILE}:$.data["data-agreements"].undated[0].records[1]: expected a record id of config/public-record.json of edition 2026, got "rcep-ratified"`
    );
    expect(check(copy()).rules?.['rules-timeline'].events[1].record).toBe('digital-china-19th-congress');
  });

  it('a timeline step dated by a claim is drawn at its year, and a step changed in data is drawn where it says', async () => {
    const { rules } = await import('$lib/sections/rules');
    const value = copy();
    const events = value.rules['rules-timeline'].events as {
      id: string;
      date?: string;
      text?: string;
      claim?: string;
    }[];
    events.push({ id: 'bandwidth', claim: 'yu-bandwidth-2021' });
    events[1] = { id: 'digital-china', date: '2019-03', text: '001' };
    const built = rules.build({ edition, locale: 'en', charts: { file: FILE, choices: check(value) } });
    expect(built.lookups?.['year.bandwidth']).toBe('2021');
    const chart = built
      .charts(
        Object.fromEntries(
          ['rules-stances', 'rules-timeline', 'rules-ip'].map((id) => [
            id,
            { title: id, subtitle: '', description: '', notes: '' }
          ])
        )
      )
      .find((c) => c.id === 'rules-timeline')!;
    const drawn = (chart.props as { events: { id: string; date: string }[] }).events.map((e) => [e.id, e.date]);
    expect(drawn[1]).toEqual(['digital-china', '2019-03']);
    expect(drawn.filter(([id]) => !id.startsWith('record-')).at(-1)).toEqual(['bandwidth', '2021']);
  });

  it('an economy added to a peer list only in data is charted: Brazil among the goods peers', async () => {
    const { goods } = await import('$lib/sections/goods');
    const value = copy();
    value.goods['goods-high-tech'].entities.splice(-1, 0, 'BRA');
    const charts = { file: FILE, choices: check(value) };
    const built = goods
      .build({ edition, locale: 'en', charts })
      .charts(
        Object.fromEntries(
          ['goods-merchandise', 'goods-high-tech', 'goods-ict'].map((id) => [
            id,
            { title: id, subtitle: '', description: '', notes: '' }
          ])
        )
      );
    const ht = built.find((c) => c.id === 'goods-high-tech')!;
    const rows = (ht.props as { data: { id: string; label: string; value: number }[] }).data;
    // The chart's year: the latest in which every listed economy has a value, Brazil now among them.
    const series = edition.series('high-tech-exports-share');
    const year = series.years.findLast((_, i) =>
      value.goods['goods-high-tech'].entities.every((e) => series.values[e]?.[i] != null)
    )!;
    const brazil = rows.find((d) => d.id === 'BRA');
    expect(brazil?.label).toBe('Brazil');
    expect(brazil?.value).toBe(series.values.BRA[series.years.indexOf(year)]);
    expect(rows).toHaveLength(9);
  });
});
