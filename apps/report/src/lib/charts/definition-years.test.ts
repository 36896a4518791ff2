import { describe, expect, it } from 'vitest';
import { definitionYears } from './definition-years';

describe('definitionYears', () => {
  it('names each document year.<id>, its year of publication as written', () => {
    expect(
      definitionYears({
        documents: [
          { id: 'wto', year: 1998, kind: 'policy', url: 'https://example.org/a' },
          { id: 'handbook-2023', year: 2023, kind: 'statistical', url: 'https://example.org/b' }
        ]
      })
    ).toEqual({ 'year.wto': '1998', 'year.handbook-2023': '2023' });
  });
});
