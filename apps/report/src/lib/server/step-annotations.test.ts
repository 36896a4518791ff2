import { describe, expect, it } from 'vitest';
import { stepAnnotations } from '$lib/charts/step-annotations';
import { storyData } from './story-data';

describe('step annotations in the story', () => {
  for (const locale of ['en', 'zh'] as const) {
    const data = storyData(2026, locale);
    it(`${locale}: every annotation lands on its step's chart, its coordinates read from the chart's own data`, () => {
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
      expect(n).toBeGreaterThanOrEqual(9);
    });
    it(`${locale}: every section has an annotated step (issue 14), whatever its charts`, () => {
      expect(data.sections.map((s) => s.id).sort()).toEqual([
        'bri',
        'data',
        'definition',
        'goods',
        'guangdong',
        'infrastructure',
        'rules',
        'services'
      ]);
      for (const s of data.sections)
        expect(
          s.steps.some((st) => st.annotations?.length),
          s.id
        ).toBe(true);
    });
    it(`${locale}: the new chart kinds' notes sit where their copy says`, () => {
      const notes = (section: string, step: string) => {
        const st = data.sections.find((s) => s.id === section)!.steps.find((x) => x.id === step)!;
        return stepAnnotations({ annotations: st.annotations!, chart: data.charts[st.chart] });
      };
      // The Handbook's first edition on the definitions timeline; the earliest of the rules timeline's events.
      expect(notes('definition', 'handbook')).toEqual([expect.objectContaining({ kind: 'threshold', y: 2020 })]);
      expect(notes('rules', 'timeline')).toEqual([expect.objectContaining({ kind: 'threshold', y: 2018 })]);
      const ip = data.charts['rules-ip'];
      if (ip.kind !== 'bar') throw new Error('rules-ip is a bar chart');
      expect(notes('rules', 'ip')).toEqual([
        expect.objectContaining({ kind: 'rule', x: ip.props.data.find((d) => d.id === 'CHN')!.values.payments })
      ]);
      const [idi] = notes('bri', 'idi');
      expect(idi.kind).toBe('rule');
      if (idi.kind === 'rule') expect(idi.x).toBeGreaterThan(20);
    });
  }
});
