import { describe, expect, it } from 'vitest';
import { claimFigure } from './claim-figure';

describe('claimFigure', () => {
  it('prints a value as the text states it, in the reader’s locale', () => {
    const claim = { id: 'c', value: 371.08, unit: 'US$ bn' };
    expect(claimFigure({ claim, locale: 'en' })).toBe('371.08 bn US$');
    expect(claimFigure({ claim, locale: 'zh' })).toBe('3710.8亿美元');
  });
  it('prints the name a named claim states, the same in both locales', () => {
    const claim = { id: 'c', value: null, unit: 'agreement', subject: 'CPTPP' };
    expect(claimFigure({ claim, locale: 'en' })).toBe('CPTPP');
    expect(claimFigure({ claim, locale: 'zh' })).toBe('CPTPP');
  });
  it('refuses a claim with neither a value nor a name', () => {
    expect(() => claimFigure({ claim: { id: 'c', value: null, unit: 'agreement' }, locale: 'en' })).toThrow(
      'Claim c has no value and no subject to name'
    );
  });
});
