import { expect, it } from 'vitest';
import { wrapText } from './wrap-text.ts';

it('wrapText breaks Latin text at spaces to fit the width', () => {
  // At 12 px a Latin character is about 7.4 px: "information" needs 82 px.
  expect(wrapText('Telecom, computer, information', { width: 90, maxLines: 3 })).toEqual([
    'Telecom,',
    'computer,',
    'information'
  ]);
});

it('wrapText breaks CJK text between characters', () => {
  expect(wrapText('可数字化交付服务', { width: 48, maxLines: 2 })).toEqual(['可数字化', '交付服务']);
});

it('wrapText never starts a Chinese line with closing punctuation nor ends one with an opening mark', () => {
  // At 12 px each character is 12 px wide: 5 fit in 60 px. Breaking after "会" would start the next line with "：".
  expect(wrapText('贸易委员会：《数字贸易》', { width: 60, maxLines: 3 })).toEqual([
    '贸易委员',
    '会：《数字',
    '贸易》'
  ]);
  expect(wrapText('经合组织、世贸组织', { width: 48, maxLines: 3 })).toEqual(['经合组', '织、世贸', '组织']);
});

it('wrapText ends with an ellipsis when lines run out', () => {
  const lines = wrapText('Personal, cultural and recreational services', { width: 80, maxLines: 2 });
  expect(lines).toHaveLength(2);
  expect(lines[1].endsWith('…')).toBe(true);
});

it('wrapText breaks a hyphenated word after its hyphen, and keeps ranges and words without one whole', () => {
  // "Non-discrimination" needs about 133 px at 12 px; "discrimination" about 104.
  expect(wrapText('Non-discrimination', { width: 110, maxLines: 2 })).toEqual(['Non-', 'discrimination']);
  expect(wrapText('Non-discrimination', { width: 200, maxLines: 2 })).toEqual(['Non-discrimination']);
  expect(wrapText('2016-2018 break', { width: 70, maxLines: 2 })).toEqual(['2016-2018', 'break']);
});
