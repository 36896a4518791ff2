import { describe, expect, it } from 'vitest';
import { describeAnnotations } from './describe-annotations.ts';

describe('describeAnnotations', () => {
  const annotations = [
    { kind: 'band' as const, x0: 2016, x1: 2018, label: 'Definition changes' },
    { kind: 'point' as const, x: 2024, y: 1413, label: 'China, 1,413' }
  ];
  it('reads every annotation label out in one sentence, in the chart’s language', () => {
    expect(describeAnnotations({ annotations, locale: 'en' })).toBe(
      'Marked on the chart: Definition changes; China, 1,413.'
    );
    expect(describeAnnotations({ annotations, locale: 'zh' })).toBe('图中标注：Definition changes；China, 1,413。');
  });
  it('says nothing when there is nothing marked', () => {
    expect(describeAnnotations({ annotations: [], locale: 'en' })).toBe('');
  });
});
