import { describe, expect, it } from 'vitest';
import { foreignWords } from './foreign-words';

describe('foreignWords', () => {
  const allow = new Set(['ICT', 'US$', 'GDP']);
  it('flags Latin words in Chinese text outside the allowlist, and nothing in text marked English', () => {
    const found = foreignWords({
      runs: [
        { text: 'ICT服务出口 not stated', lang: 'zh-CN', where: 'p' },
        { text: 'second in the world', lang: 'en', where: 'q' }
      ],
      allow
    });
    expect(found.map((f) => [f.kind, f.word])).toEqual([
      ['latin', 'not'],
      ['latin', 'stated']
    ]);
  });
  it('flags any Han character in English text', () => {
    const found = foreignWords({ runs: [{ text: 'Source: 国家统计局 (2025)', lang: 'en', where: 'p' }], allow });
    expect(found).toEqual([{ kind: 'han', word: '国家统计局', where: 'p', context: 'Source: 国家统计局 (2025)' }]);
  });
  it('flags half-width punctuation touching Han characters in Chinese prose, not in numbers or codes', () => {
    const found = foreignWords({
      runs: [{ text: '中国, 美国;日本(2023) 1,234 5:1', lang: 'zh-CN', where: 'p' }],
      allow
    });
    expect(found.map((f) => f.word)).toEqual(['国,', '国;', '本(']);
  });
});

describe('foreignWords on addresses', () => {
  it('treats a URL as a code, not as words', () => {
    expect(
      foreignWords({
        runs: [{ text: '网址 https://data360.worldbank.org/en/api', lang: 'zh-CN', where: 'a' }],
        allow: new Set()
      })
    ).toEqual([]);
  });
});

describe('foreignWords on paths and file names', () => {
  it('treats packages/core, @dtr/ui and claims.csv as codes', () => {
    const runs = [{ text: '代码位于 packages/core 与 @dtr/ui；下载 claims.csv', lang: 'zh-CN', where: 'p' }];
    expect(foreignWords({ runs, allow: new Set() })).toEqual([]);
  });
});
