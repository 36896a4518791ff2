import { runIndexSensitivity, syntheticCoinData, type IndexSensitivityResult } from '@dtr/core';
import { describe, expect, it } from 'vitest';
import { messages } from '$lib/i18n/messages';
import { whatMovesRows } from './what-moves';

const data = syntheticCoinData({ units: 30, indicators: 10, seed: 5 });
const spec = {
  normalise: { method: 'minmax', range: [1, 100] },
  uncertainty: {
    weightNoise: 0.25,
    alternatives: {
      'treat.winmax': [3, 5],
      normalise: [{ method: 'minmax', range: [1, 100] }, { method: 'rank' }],
      aggregate: [{ method: 'amean' }, { method: 'gmean' }]
    }
  }
};
const indicatorName = (code: string) => `Indicator ${code.slice(1)}`;

describe('whatMovesRows', () => {
  const result = runIndexSensitivity({ data, spec, samples: 64, seed: 2, bootstrap: 100 });

  it('a row per uncertain input of the spec, most influential first, its indices as the analysis gave them', () => {
    const rows = whatMovesRows({ result, spec, locale: 'en', t: messages('en').explorer.whatMoves, indicatorName });
    expect(rows.map((r) => r.input).sort()).toEqual(['aggregate', 'normalise', 'treat.winmax', 'weights']);
    expect(rows.map((r) => r.total)).toEqual(result.inputs.map((r) => r.total).sort((a, b) => b - a));
    for (const r of rows) expect(r).toMatchObject(result.inputs.find((i) => i.input === r.input)!);
  });

  it('names each input and the values it took from the catalogue, in both locales', () => {
    const byInput = (locale: 'en' | 'zh') =>
      Object.fromEntries(
        whatMovesRows({ result, spec, locale, t: messages(locale).explorer.whatMoves, indicatorName }).map((r) => [
          r.input,
          `${r.name}: ${r.values}`
        ])
      );
    expect(byInput('en')).toEqual({
      'treat.winmax': 'Winsorising: at most 3 or 5 points winsorised',
      normalise: 'Normalisation: min–max (1–100) or rank',
      aggregate: 'Aggregation: arithmetic mean or geometric mean',
      weights: 'Weights: each weight scaled by up to ±25%'
    });
    expect(byInput('zh')).toEqual({
      'treat.winmax': '缩尾处理: 最多缩尾3或5个数据点',
      normalise: '标准化: 极差标准化（1–100）或排序',
      aggregate: '合成方式: 算术平均或几何平均',
      weights: '权重: 各权重最多上下浮动25%'
    });
  });

  it('words imputation, indicator inclusion and recency when a spec declares them', () => {
    const declared = {
      uncertainty: {
        alternatives: {
          impute: [
            null,
            { method: 'availableMean' },
            { method: 'groupMedian', group: 'Income_group' },
            { method: 'listwise' }
          ],
          exclude: [[], ['I2', 'I3']],
          maxAge: [null, 3]
        }
      }
    };
    const fake: IndexSensitivityResult = {
      output: 'meanAbsRankShift',
      runs: 50,
      inputs: ['impute', 'exclude', 'maxAge'].map((input, k) => ({
        input,
        first: k / 10,
        total: k / 5,
        firstCI: [0, 1],
        totalCI: [0, 1]
      }))
    };
    const rows = whatMovesRows({
      result: fake,
      spec: declared,
      locale: 'en',
      t: messages('en').explorer.whatMoves,
      indicatorName
    });
    expect(rows.map((r) => `${r.name}: ${r.values}`)).toEqual([
      'Recency: any age or at most 3 years older than the latest',
      'Indicators: all indicators or without Indicator 2 and Indicator 3',
      'Imputation: none, mean of the pillar’s other indicators, median of the income group, or none (an economy missing any indicator is not ranked)'
    ]);
  });

  it('words indicator inclusion as a spec file writes it: null for every indicator, one code or a list', () => {
    const fake: IndexSensitivityResult = {
      output: 'meanAbsRankShift',
      runs: 30,
      inputs: [{ input: 'exclude', first: 0.1, total: 0.2, firstCI: [0, 1], totalCI: [0, 1] }]
    };
    const rows = whatMovesRows({
      result: fake,
      spec: { uncertainty: { alternatives: { exclude: [null, 'I2', ['I1', 'I3']] } } },
      locale: 'en',
      t: messages('en').explorer.whatMoves,
      indicatorName
    });
    expect(rows[0].values).toBe('all indicators, without Indicator 2, or without Indicator 1 and Indicator 3');
  });

  it('words one indicator left out at a time as one phrase, in both locales', () => {
    const fake: IndexSensitivityResult = {
      output: 'meanAbsRankShift',
      runs: 30,
      inputs: [{ input: 'exclude', first: 0.1, total: 0.2, firstCI: [0, 1], totalCI: [0, 1] }]
    };
    const spec = { uncertainty: { alternatives: { exclude: [null, 'I1', ['I2'], 'I3'] } } };
    const row = (locale: 'en' | 'zh') =>
      whatMovesRows({ result: fake, spec, locale, t: messages(locale).explorer.whatMoves, indicatorName })[0].values;
    expect(row('en')).toBe('all indicators, or one of them left out at a time (3 alternatives)');
    expect(row('zh')).toBe('全部指标，或每次去掉其中一个（共3种）');
  });
});
