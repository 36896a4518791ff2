import { describe, expect, it } from 'vitest';
import { top500Stop } from './top500-stop';

const lines = (chn: number[]) => ({
  seriesId: 's',
  entities: ['CHN'],
  years: [2018, 2019, 2020, 2021, 2022],
  values: { CHN: chn },
  sourceIds: []
});

describe('top500Stop', () => {
  it('top500Stop is the year after China’s last highest count, skipping missing lists', () => {
    expect(top500Stop(lines([206, 219, 226, NaN, 173]))).toBe(2021);
    expect(top500Stop(lines([219, 226, 226, 100, 90]))).toBe(2021);
  });

  it('top500Stop is null while China’s count is still at its highest, or without China', () => {
    expect(top500Stop(lines([1, 2, 3, 4, 5]))).toBe(null);
    expect(top500Stop({ ...lines([]), values: {} })).toBe(null);
  });
});
