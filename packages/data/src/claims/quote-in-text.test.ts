import { describe, expect, it } from 'vitest';
import { quoteInText } from './quote-in-text.ts';

describe('quoteInText', () => {
  const text =
    'Institute also showed that Guangdong\'s "Internet +" digital economy ranked first in the country \nfor three consecutive years.';

  it('matches across a line break of a hard-wrapped text', () => {
    expect(quoteInText('ranked first in the country for three consecutive years', text)).toBe(true);
  });

  it('does not match a paraphrase', () => {
    expect(quoteInText('ranked first for three years in a row', text)).toBe(false);
  });

  it('does not match an empty quote', () => {
    expect(quoteInText('  ', text)).toBe(false);
  });
});
