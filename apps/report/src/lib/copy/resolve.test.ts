import { describe, expect, it } from 'vitest';
import { referencesIn, resolveText, UnresolvedReferenceError } from './resolve';

const lookup = (ref: string) => ({ 'calc:a': '216 bn', 'series:x:CHN:2023': '56.7%' })[ref];

describe('resolveText', () => {
  it('replaces every reference with its formatted value', () => {
    expect(resolveText('Exports reached {calc:a}, or {series:x:CHN:2023}.', lookup, 'here')).toBe(
      'Exports reached 216 bn, or 56.7%.'
    );
  });
  it('throws, naming the reference and the place, when one does not resolve', () => {
    expect(() => resolveText('See {calc:missing}.', lookup, 'src/content/2026/en/services.json')).toThrow(
      new UnresolvedReferenceError('calc:missing', 'src/content/2026/en/services.json')
    );
  });
  it('leaves braces that are not references alone', () => {
    expect(resolveText('a {b} c', lookup, 'x')).toBe('a {b} c');
  });
  it('lists the references of a text', () => {
    expect(referencesIn('{calc:a} and {claim:b-c}')).toEqual(['calc:a', 'claim:b-c']);
  });
});
