import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minimumDifference } from '../theme/colour-difference.ts';
import { categoricalClasses } from './categorical-classes.ts';

describe('categoricalClasses', () => {
  it('gives a 0/1/2 score one class per value, on spread steps', () => {
    const c = categoricalClasses([2, 1, 1, 2, 2, 0, 2, 0, 2, 1]);
    expect(c?.values).toEqual([0, 1, 2]);
    expect(c?.steps).toEqual([1, 3, 4]);
    expect([0, 1, 2].map((v) => c?.classify(v))).toEqual([1, 3, 4]);
  });
  it('is null for continuous values or too many categories', () => {
    expect(categoricalClasses([0.5, 1, 2])).toBeNull();
    expect(categoricalClasses([1, 2, 3, 4, 5, 6])).toBeNull();
    expect(categoricalClasses([])).toBeNull();
  });
  it('keeps the lowest score at least ΔE 10 from "not stated" in both themes, under every simulated vision', () => {
    const css = readFileSync(new URL('../theme/theme.css', import.meta.url), 'utf8');
    for (const selector of [':root {', ":root[data-theme='dark']"]) {
      const start = css.indexOf(selector);
      const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
      const v = (name: string) => body.match(new RegExp(`--dtr-${name}:\\s*(#[0-9a-f]{6})`))?.[1] ?? '';
      const step = categoricalClasses([0, 1, 2])!.steps[0];
      expect(minimumDifference([v(`seq-${step + 1}`), v('neutral')]), selector).toBeGreaterThanOrEqual(10);
    }
  });
});
