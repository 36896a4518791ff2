import { expect, it } from 'vitest';
import { textWidth } from './text-width.ts';
import { timelineLabels } from './timeline-labels.ts';

const label = 'IMF, OECD, UNCTAD, WTO: Handbook on Measuring Digital Trade, 2nd edition (statistics)';

it('timelineLabels wraps a long label onto lines of the width, keeping every word', () => {
  const [lines] = timelineLabels({ events: [{ date: '2023', label }], width: 184, locale: 'en' });
  expect(lines.length).toBeGreaterThan(2);
  expect(lines.join(' ')).toBe(`2023 ${label}`);
  for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(184);
});

it('timelineLabels breaks Chinese between characters without an ellipsis', () => {
  const [lines] = timelineLabels({
    events: [
      {
        date: '2023',
        label: '国际货币基金组织、经合组织、联合国贸发会议、世贸组织：《数字贸易测度手册》第二版（统计）'
      }
    ],
    width: 184,
    locale: 'zh'
  });
  expect(lines.length).toBe(4);
  expect(lines.some((l) => l.endsWith('…'))).toBe(false);
  expect(lines.join('')).toBe(
    '2023年 国际货币基金组织、经合组织、联合国贸发会议、世贸组织：《数字贸易测度手册》第二版（统计）'
  );
});
