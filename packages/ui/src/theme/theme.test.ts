import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colourDifference, minimumDifference } from './colour-difference.ts';

// @see https://www.w3.org/TR/WCAG22/#dfn-relative-luminance
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const css = readFileSync(new URL('./theme.css', import.meta.url), 'utf8');
function block(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--dtr-([\w-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1], m[2]]));
}
const themes = { light: block(':root {'), dark: block(":root[data-theme='dark']") };

describe.each(Object.entries(themes))('%s theme', (_name, t) => {
  it('text colours reach 4.5:1 against the background', () => {
    expect(contrast(t.fg, t.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(t['fg-muted'], t.bg)).toBeGreaterThanOrEqual(4.5);
  });
  it('series 1–8 reach 3:1 against the background (non-text contrast)', () => {
    for (let i = 1; i <= 8; i++) expect(contrast(t[`series-${i}`], t.bg), `series-${i}`).toBeGreaterThanOrEqual(3);
  });
  it('series 1–6 stay at least ΔE 10 apart with normal vision, protanopia, deuteranopia and tritanopia', () => {
    const series = [1, 2, 3, 4, 5, 6].map((i) => t[`series-${i}`]);
    expect(minimumDifference(series)).toBeGreaterThanOrEqual(10);
  });
  it('neighbouring sequential steps stay at least ΔE 10 apart under every simulated vision', () => {
    for (let i = 1; i < 5; i++)
      expect(minimumDifference([t[`seq-${i}`], t[`seq-${i + 1}`]]), `seq-${i}`).toBeGreaterThanOrEqual(10);
  });
  it('maps: "not on the list" stays ΔE 15 from the palest step, and the undated grey apart from it and every step', () => {
    expect(minimumDifference([t['seq-1'], t['map-none']])).toBeGreaterThanOrEqual(15);
    expect(minimumDifference([t['map-undated'], t['map-none']])).toBeGreaterThanOrEqual(10);
    for (let i = 1; i <= 5; i++)
      expect(minimumDifference([t['map-undated'], t[`seq-${i}`]]), `seq-${i}`).toBeGreaterThanOrEqual(10);
  });
  it('labels on sequential steps reach 4.5:1', () => {
    for (let i = 1; i <= 5; i++)
      expect(contrast(t[`on-seq-${i}`], t[`seq-${i}`]), `seq-${i}`).toBeGreaterThanOrEqual(4.5);
  });
});

it('colourDifference simulates deficiencies: red and green merge for deuteranopes but not for others', () => {
  expect(colourDifference('#ff0000', '#00ff00')).toBeGreaterThan(80);
  expect(colourDifference('#d55e00', '#8a6d00', 'protan')).toBeLessThan(colourDifference('#d55e00', '#8a6d00'));
  expect(colourDifference('#123456', '#123456', 'tritan')).toBe(0);
});

it('the prefers-color-scheme block repeats the dark theme exactly', () => {
  expect(block(":root:not([data-theme='light'])")).toEqual(themes.dark);
});
