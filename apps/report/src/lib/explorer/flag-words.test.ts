import { describe, expect, it } from 'vitest';
import { messages } from '$lib/i18n/messages';
import { explorerData } from '$lib/server/index-data';
import { flagWords } from './flag-words';

const { flags } = explorerData(2026);
const en = messages('en').explorer;
const zh = messages('zh').explorer;
const find = (unit: string, indicator: string) => flags.find((f) => f.unit === unit && f.indicator === indicator)!;

describe('flagWords on the 2026 flags.csv', () => {
  it('a carried-forward cell: its year and the reference year (India, internet use: 2020 for 2022)', () => {
    const w = flagWords({ flag: find('IND', 'InternetUse'), indicator: 'Internet use', t: en });
    expect(w).toEqual({ mark: 'ref. 2022', sentence: 'Internet use: the 2020 value, reference year 2022' });
    expect(flagWords({ flag: find('IND', 'InternetUse'), indicator: '互联网使用', t: zh }).sentence).toBe(
      '互联网使用：沿用2020年数值，参考年份2022年'
    );
  });

  it('an imputed cell names the method; a stale one the year of the value the recency rule dropped', () => {
    expect(flagWords({ flag: find('ABW', 'InternetUse'), indicator: 'Internet use', t: en })).toEqual({
      mark: 'imputed',
      sentence: 'Internet use: imputed (mean of the pillar’s other indicators)'
    });
    expect(flagWords({ flag: find('AFG', 'HiTechExp'), indicator: 'High-tech', t: en }).sentence).toBe(
      'High-tech: imputed (mean of the pillar’s other indicators); its 2019 value is too old for reference year 2024'
    );
  });

  it('every one of the 287 flagged cells gets a mark and a sentence with its years', () => {
    expect(flags).toHaveLength(287);
    for (const f of flags) {
      const w = flagWords({ flag: f, indicator: f.indicator, t: en });
      expect(w.mark).toBe(f.flag === 'imputed' ? 'imputed' : `ref. ${f.referenceYear}`);
      if (f.flag === 'carried-forward' || f.stale) expect(w.sentence).toContain(String(f.year));
      expect(w.sentence).not.toContain('method not named');
    }
  });

  it('a carried-forward cell without its years is an error naming the cell', () => {
    const bad = { ...find('IND', 'InternetUse'), year: null };
    expect(() => flagWords({ flag: bad, indicator: 'x', t: en })).toThrow('flags.csv IND InternetUse');
  });
});
