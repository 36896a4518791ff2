import { briMemberOn } from '@dtr/data';
import { describe, expect, it } from 'vitest';
import { getEdition } from '$lib/server/edition';
import { briGvc } from './bri-gvc';

const { bri } = getEdition(2026).entities;
const m = briGvc(getEdition(2026), (code) => briMemberOn(code, '2024-01-01', bri), {
  total: 'gvc-participation',
  backward: 'gvc-participation-backward',
  forward: 'gvc-participation-forward',
  highTech: 'gvc-participation-high-tech-manufacturing'
});

describe('briGvc', () => {
  // series/gvc-participation*.json, CHN 2022 (ADB MRIO, June-2023 revision).
  it('gives China a 2022 participation of 0.359505 (backward 0.175188, forward 0.184318) (±1e-6)', () => {
    const chn = m.rows.find((r) => r.code === 'CHN')!;
    expect(m.year).toBe(2022);
    expect(chn.participation).toBeCloseTo(0.359505, 6);
    expect(chn.backward).toBeCloseTo(0.175188, 6);
    expect(chn.forward).toBeCloseTo(0.184318, 6);
  });

  it('builds the position ln(1 + forward) − ln(1 + backward) = 0.007739 for China (±1e-6)', () => {
    expect(m.rows.find((r) => r.code === 'CHN')!.position).toBeCloseTo(0.007739, 6);
  });

  it('covers China and the 47 members the ADB tables hold, and reads 0.414 for China’s medium/high-tech manufacturing (±1e-3)', () => {
    expect(m.rows).toHaveLength(48);
    expect(m.chinaHighTech).toBeCloseTo(0.414, 3);
  });
});
