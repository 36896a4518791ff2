import { describe, expect, it } from 'vitest';
import { stepFigures } from '$lib/copy/step-figures';
import { sectionCopy } from '$lib/copy/content';
import { storyData } from './story-data';

describe('the lede', () => {
  for (const locale of ['en', 'zh'] as const) {
    const data = storyData(2026, locale);
    it(`${locale}: five findings, each one sentence with one figure, resolved, with a sparkline and a section to link to`, () => {
      expect(data.lede).toHaveLength(5);
      const ids = new Set(data.sections.map((s) => s.id));
      for (const f of data.lede) {
        const raw = sectionCopy(2026, locale, f.section).finding!;
        expect(stepFigures(raw.text), f.section).toHaveLength(1);
        expect(f.text, f.section).not.toMatch(/[{}]/);
        expect(f.label, f.section).not.toMatch(/[{}]/);
        expect(f.text.split(/[.。](?:\s|$)/).filter(Boolean), f.section).toHaveLength(1);
        expect(f.path, f.section).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+/);
        expect(ids.has(f.section), f.section).toBe(true);
      }
    });
  }
  it('English and Chinese lead with the same sections in the same order', () => {
    expect(storyData(2026, 'zh').lede.map((f) => f.section)).toEqual(storyData(2026, 'en').lede.map((f) => f.section));
  });
});
