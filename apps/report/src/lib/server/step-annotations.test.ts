import { describe, expect, it } from 'vitest';
import { stepAnnotations } from '$lib/charts/step-annotations';
import { storyData } from './story-data';

describe('step annotations in the story', () => {
  for (const locale of ['en', 'zh'] as const) {
    const data = storyData(2026, locale);
    it(`${locale}: every annotation lands on its step's line chart, its y read from the chart's own series`, () => {
      let n = 0;
      for (const s of data.sections)
        for (const step of s.steps)
          if (step.annotations?.length) {
            const out = stepAnnotations({ annotations: step.annotations, chart: data.charts[step.chart] });
            expect(
              out.map((a) => a.label),
              `${s.id}/${step.id}`
            ).toEqual(step.annotations.map((a) => a.label));
            n += out.length;
          }
      expect(n).toBeGreaterThanOrEqual(5);
    });
    it(`${locale}: every section whose steps show a line chart has an annotated step`, () => {
      const withLines = data.sections.filter((s) => s.steps.some((st) => data.charts[st.chart].kind === 'line'));
      expect(withLines.map((s) => s.id).sort()).toEqual(['data', 'goods', 'guangdong', 'infrastructure', 'services']);
      for (const s of withLines)
        expect(
          s.steps.some((st) => st.annotations?.length),
          s.id
        ).toBe(true);
    });
  }
});
