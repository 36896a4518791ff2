import { describe, expect, it } from 'vitest';
import { numbersIn, toAsciiDigits, valueInQuote } from './value-in-quote.ts';

describe('valueInQuote', () => {
  it('finds plain and decimal numbers', () => {
    expect(valueInQuote(371.08, 'import and export value was US\\$371.08 billion')).toBe(true);
    expect(valueInQuote(52929.7, 'bandwidth reached 52929.7Gbps')).toBe(true);
  });

  it('reads thousands separators: 1,234.5 and 1234.5 are the same number', () => {
    expect(valueInQuote(1234.5, 'reached 1,234.5 units')).toBe(true);
    expect(valueInQuote(1234.5, 'reached 1234.5 units')).toBe(true);
    expect(valueInQuote(100000, 'more than 100,000 foreign trade enterprises')).toBe(true);
  });

  it('reads full-width digits and separators', () => {
    expect(toAsciiDigits('３，７２７．１亿美元')).toBe('3,727.1亿美元');
    expect(valueInQuote(3727.1, '达３，７２７．１亿美元')).toBe(true);
  });

  it('reads the number words the texts use for counts and ranks', () => {
    expect(valueInQuote(5, 'ranking fifth in the world')).toBe(true);
    expect(valueInQuote(3, 'an overall increase of three times')).toBe(true);
    expect(valueInQuote(1, "the world's largest exporter")).toBe(true);
  });

  it('ignores the sign, since a stated decrease is stored negative', () => {
    expect(valueInQuote(-0.7, 'imports decreased by 0.7%')).toBe(true);
  });

  it('rejects a value that is not written in the quote', () => {
    expect(valueInQuote(372.7, 'US$2022.3727 billion')).toBe(false);
    expect(valueInQuote(2.1, 'reaching 2.11 trillion yuan')).toBe(false);
  });

  it('numbersIn lists every number in reading order of kind (digits, then words)', () => {
    expect(numbersIn('1.032 billion and 73% respectively, ranking second')).toEqual([1.032, 73, 2]);
  });
});
