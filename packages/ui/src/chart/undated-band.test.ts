import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width.ts';
import { timelineLine } from './timeline-labels.ts';
import { undatedBand, undatedBandGap, undatedLabelX } from './undated-band.ts';

const items = [
  { label: 'Regional Comprehensive Economic Partnership (RCEP)' },
  {
    label: "China's application to join Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)"
  },
  { label: "China's application to join Digital Economy Partnership Agreement (DEPA)" }
];

describe('undatedBand', () => {
  it('is empty (no room) without items', () => {
    expect(undatedBand({ heading: 'Named in the texts, no date', items: [], width: 300 })).toEqual({
      heading: [],
      items: [],
      height: 0
    });
  });

  for (const width of [240, 300, 600]) {
    it(`keeps every label whole and inside ${width} px, stacked without overlap`, () => {
      const band = undatedBand({ heading: 'Named in the texts, no date', items, width });
      band.items.forEach((item, i) => {
        expect(item.lines.join(' ')).toBe(items[i].label);
        for (const line of item.lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(width - undatedLabelX);
        if (i > 0) {
          const previous = band.items[i - 1];
          expect(item.y).toBeGreaterThanOrEqual(previous.y + previous.lines.length * timelineLine);
        }
      });
      expect(band.items[0].y).toBeGreaterThanOrEqual(undatedBandGap + band.heading.length * timelineLine);
      const last = band.items.at(-1)!;
      expect(band.height).toBe(last.y + last.lines.length * timelineLine);
    });
  }

  it('wraps onto more lines at a phone width than at a desktop width', () => {
    const lines = (width: number) =>
      undatedBand({ heading: 'Named in the texts, no date', items, width }).items.flatMap((i) => i.lines).length;
    expect(lines(240)).toBeGreaterThan(lines(800));
    expect(lines(800)).toBe(3);
  });

  it('breaks Chinese labels between characters, whole', () => {
    const zh = [{ label: '中国申请加入《全面与进步跨太平洋伙伴关系协定》（CPTPP）' }];
    const band = undatedBand({ heading: '文本提及，未注明日期', items: zh, width: 200 });
    expect(band.items[0].lines.length).toBeGreaterThan(1);
    expect(band.items[0].lines.join('')).toBe(zh[0].label);
  });
});
