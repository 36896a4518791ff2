import { describe, expect, it } from 'vitest';
import { CN_PROVINCES, isClaimEntity } from './entities.ts';

describe('isClaimEntity', () => {
  it('accepts ISO3 codes, WLD, mainland province codes and group codes', () => {
    for (const code of ['CHN', 'USA', 'WLD', 'CN-GD', 'CN-YRD', 'CN-CENTRAL-WEST', 'BRI'])
      expect(isClaimEntity(code)).toBe(true);
  });

  it('rejects unknown or mis-cased codes', () => {
    for (const code of ['XXX', 'chn', 'CN', 'CN-HK', 'Guangdong', '']) expect(isClaimEntity(code)).toBe(false);
  });

  it('lists the 31 mainland provinces', () => {
    expect(CN_PROVINCES).toHaveLength(31);
  });
});
