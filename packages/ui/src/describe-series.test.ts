import { expect, it } from 'vitest';
import { describeSeries } from './describe-series.ts';

const exports = {
  id: 'chn',
  label: "China's exports",
  points: [
    { x: 2009, y: null },
    { x: 2010, y: 56_040 },
    { x: 2023, y: 216_300 }
  ]
};

it('describeSeries(en) states direction, first and last values with units and years', () => {
  expect(describeSeries({ series: [exports], locale: 'en', unit: 'US$', scale: 1e6 })).toBe(
    "China's exports rose from 56 bn US$ in 2010 to 216 bn US$ in 2023."
  );
});

it('describeSeries(zh) writes the same sentence with 亿 and 年', () => {
  expect(describeSeries({ series: [{ ...exports, label: '中国出口' }], locale: 'zh', unit: 'US$', scale: 1e6 })).toBe(
    '中国出口从2010年的560亿美元增至2023年的2163亿美元。'
  );
});

it('describeSeries says "fell" for a decline and handles empty series', () => {
  const down = {
    id: 'd',
    label: 'Imports',
    points: [
      { x: 2020, y: 5 },
      { x: 2021, y: 3 }
    ]
  };
  const empty = { id: 'e', label: 'Other', points: [{ x: 2020, y: null }] };
  expect(describeSeries({ series: [down, empty], locale: 'en' })).toBe(
    'Imports fell from 5 in 2020 to 3 in 2021. Other: no data.'
  );
});
