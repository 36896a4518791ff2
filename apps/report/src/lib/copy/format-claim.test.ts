import { describe, expect, it } from 'vitest';
import { formatClaimValue } from './format-claim';

describe('formatClaimValue', () => {
  it('keeps every stated decimal (never rounds a cited figure)', () => {
    expect(formatClaimValue(371.08, 'US$ bn', 'en')).toBe('371.08 bn US$');
    expect(formatClaimValue(98.65, '%', 'en')).toBe('98.65%');
    expect(formatClaimValue(52929.7, 'Gbps', 'en')).toBe('52,929.7 Gbps');
  });
  it('re-expresses billions and millions in 亿 and 万 for Chinese, shifting the decimal point exactly', () => {
    expect(formatClaimValue(371.08, 'US$ bn', 'zh')).toBe('3710.8亿美元');
    expect(formatClaimValue(372.7, 'US$ bn', 'zh')).toBe('3727亿美元');
    expect(formatClaimValue(2.38, 'trillion yuan', 'zh')).toBe('2.38万亿元');
    expect(formatClaimValue(1.5, 'million', 'zh')).toBe('150万');
    expect(formatClaimValue(564, 'million', 'zh')).toBe('5.64亿');
    expect(formatClaimValue(1092.5, 'million', 'zh')).toBe('10.925亿');
    expect(formatClaimValue(2300, 'US$ bn', 'zh')).toBe('2.3万亿美元');
    expect(formatClaimValue(82.729, 'US$ mn', 'zh')).toBe('8272.9万美元');
    expect(formatClaimValue(5.2, 'million km', 'zh')).toBe('520万公里');
    expect(formatClaimValue(3.6, 'billion', 'zh')).toBe('36亿');
    expect(formatClaimValue(10, 'ratio (1:x)', 'zh')).toBe('1:10');
  });
  it('prints counts, ranks and unknown units plainly', () => {
    expect(formatClaimValue(2, 'rank', 'en')).toBe('2');
    expect(formatClaimValue(6.6, 'ZB', 'zh')).toBe('6.6 ZB');
    expect(formatClaimValue(3, 'widgets', 'en')).toBe('3 widgets');
  });
});
