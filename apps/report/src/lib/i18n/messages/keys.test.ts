import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';

/** Plural forms differ by locale (Chinese has only `other`), so a forms object is one leaf. */
const isPlural = (v: object) => 'other' in v && Object.values(v).every((x) => typeof x === 'string');

/** Every key path of a catalogue, with the kind of value at its end (array lengths count as shape). */
function shape(value: unknown, path = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value) && isPlural(value)) return [`${path}: plural`];
  if (typeof value === 'function') return [`${path}: function/${value.length}`];
  if (Array.isArray(value))
    return [`${path}: array/${value.length}`, ...value.flatMap((v, i) => shape(v, `${path}[${i}]`))];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [`${path}: ${typeof value}`];
}

describe('message catalogues', () => {
  it('en and zh have exactly the same keys, array lengths and message kinds', () => {
    expect(shape(zh).sort()).toEqual(shape(en).sort());
  });
  it('no message is empty in zh where en has words, and none is left in English', () => {
    const leaves = (v: unknown, path = ''): [string, string][] =>
      typeof v === 'string'
        ? [[path, v]]
        : v && typeof v === 'object'
          ? Object.entries(v).flatMap(([k, x]) => leaves(x, `${path}.${k}`))
          : [];
    const zhLeaves = new Map(leaves(zh));
    // Every message with words is translated.
    for (const [path, text] of leaves(en)) {
      // Paths and symbols ("/explorer/", "%") are the same in every language.
      if (!/[A-Za-z]{2}/.test(text) || text.startsWith('/')) continue;
      expect(zhLeaves.get(path), path).not.toBe(text);
    }
  });
  it('messages with arguments give words in both locales for the same arguments', () => {
    expect(zh.editions.edition({ year: 2026 })).toBe('2026年版');
    expect(en.editions.edition({ year: 2026 })).toBe('2026 edition');
    expect(en.story.ordinal({ n: 22 })).toBe('22nd');
    expect(en.story.ordinal({ n: 12 })).toBe('12th');
    expect(zh.story.ordinal({ n: 22 })).toBe('第22');
    expect(en.story.month({ year: 2020, month: 10 })).toBe('October 2020');
    expect(zh.story.month({ year: 2020, month: 10 })).toBe('2020年10月');
  });
});
