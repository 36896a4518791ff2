import { describe, expect, it } from 'vitest';
import { iso3FromName } from './iso3-from-name.ts';

describe('iso3FromName', () => {
  it('iso3FromName finds standard names and aliases, trimming spaces', () => {
    expect(iso3FromName({ name: ' Vietnam ', overrides: {} })).toBe('VNM');
    expect(iso3FromName({ name: 'Russian Federation', overrides: {} })).toBe('RUS');
  });

  it('iso3FromName prefers the source override and returns undefined for an unknown name', () => {
    expect(iso3FromName({ name: 'Hong Kong, China', overrides: { 'Hong Kong, China': 'HKG' } })).toBe('HKG');
    expect(iso3FromName({ name: 'Atlantis', overrides: {} })).toBe(undefined);
  });
});
