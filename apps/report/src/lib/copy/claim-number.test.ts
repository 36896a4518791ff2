import { describe, expect, it } from 'vitest';
import { claimNumber } from './claim-number';

describe('claimNumber', () => {
  it('gives the printed value of a claim', () => {
    expect(claimNumber({ claim: { id: 'c', value: 2.38, unit: 'trillion yuan' } })).toBe(2.38);
  });
  it('refuses a named claim, which holds no number', () => {
    expect(() => claimNumber({ claim: { id: 'yu-rcep-joined', value: null, unit: 'agreement' } })).toThrow(
      'Claim yu-rcep-joined: a named claim (unit "agreement") holds no number to compute with'
    );
  });
});
