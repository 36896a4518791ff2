import { describe, expect, it } from 'vitest';
import { licenceClass } from './licence-class.ts';

describe('licenceClass', () => {
  it('licenceClass tells CC BY, CC BY-NC-SA, public domain and publishers’ terms apart', () => {
    expect(licenceClass('CC BY 4.0')).toBe('cc-by');
    expect(licenceClass('CC BY-NC-SA 3.0')).toBe('cc-by-nc-sa');
    expect(licenceClass('CC BY-NC-SA 3.0 IGO')).toBe('cc-by-nc-sa');
    expect(licenceClass('US government work (public domain)')).toBe('public-domain');
    expect(licenceClass('NBS terms of use (not restated in the copy used)')).toBe('terms');
    expect(licenceClass('Not stated; cited as the publisher requires')).toBe('terms');
    expect(licenceClass('MIT (repository); ADB MRIO terms not restated')).toBe('terms');
    expect(licenceClass('TOP500 terms (no open licence)')).toBe('terms');
  });
});
