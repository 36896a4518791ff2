import { describe, expect, it } from 'vitest';
import { storyCharts } from '$lib/copy/content';
import { getEdition } from '$lib/server/edition';
import { data } from './data';

describe('data section: the texts’ capacity claims beside the measured series', () => {
  const edition = getEdition(2026);
  const { refs } = data.build({ edition, locale: 'en', charts: storyCharts(edition) });
  it('sets the 2021 bandwidth claim beside ITU’s Asia-Pacific estimate for 2021, hand-checked', () => {
    // Claim yu-bandwidth-2021: 52,929.7 Gbps = 52.9 Tbit/s. ITU Facts and Figures 2024, international bandwidth usage,
    // Asia & Pacific, 2021: 442.4 Tbit/s.
    expect(refs.bandwidthClaimTbit).toBe('52.9');
    expect(refs.bandwidthAsiaPacificAtClaim).toBe('442.4');
  });
  it('sets the 2022 computing claim beside China’s share of the June 2022 TOP500 performance', () => {
    // top500_2022-06.csv: the Rmax [TFlop/s] of China's systems over the list total, 12.04 % (1 digit, trailing 0 dropped).
    expect(refs.top500ChinaShareAtClaim).toBe('12%');
  });
});
