import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWith } from './parse-with.ts';
import { publicRecordSchema } from './public-record.ts';

const FILE = 'editions/2026/config/public-record.json';
const committed = () =>
  JSON.parse(readFileSync(new URL('../../editions/2026/config/public-record.json', import.meta.url), 'utf8')) as {
    records: Record<string, unknown>[];
  };
const parse = (value: unknown) => parseWith({ schema: publicRecordSchema, value, file: FILE });

describe('publicRecordSchema', () => {
  it("reads the 2026 registry: the 19th Congress report on 2017-10-18, RCEP signed 2020-11-15 and in force 2022-01-01, the CPTPP application 2021-09-16, DEPA's 2021-11-01", () => {
    const dates = Object.fromEntries(parse(committed()).records.map((r) => [r.id, r.date]));
    expect(dates).toEqual({
      'digital-china-19th-congress': '2017-10-18',
      'rcep-signed': '2020-11-15',
      'cptpp-application': '2021-09-16',
      'depa-application': '2021-11-01',
      'rcep-in-force': '2022-01-01'
    });
  });

  it("fails a malformed date, a missing Chinese text, a licence other than the source's terms and a link that is not a URL, each with its JSON path", () => {
    const date = committed();
    date.records[1].date = '2020-11-31x';
    expect(() => parse(date)).toThrow(`${FILE}:$.records[1].date: expected a date YYYY, YYYY-MM or YYYY-MM-DD`);
    const zh = committed();
    delete (zh.records[0].records as Record<string, unknown>).zh;
    expect(() => parse(zh)).toThrow(`${FILE}:$.records[0].records.zh: expected string, got nothing`);
    const licence = committed();
    licence.records[2].licence = 'CC BY 4.0';
    expect(() => parse(licence)).toThrow(`${FILE}:$.records[2].licence`);
    const url = committed();
    url.records[3].url = 'gov.cn/news';
    expect(() => parse(url)).toThrow(`${FILE}:$.records[3].url`);
  });

  it('fails a misspelt key and an id used twice with the path of the second', () => {
    const key = committed();
    key.records[0].publsher = key.records[0].publisher;
    expect(() => parse(key)).toThrow(`${FILE}:$.records[0].publsher: expected only the keys the schema defines`);
    const twice = committed();
    twice.records[4].id = twice.records[0].id;
    expect(() => parse(twice)).toThrow(
      `${FILE}:$.records[4].id: expected an id not used before, got "digital-china-19th-congress"`
    );
  });
});
