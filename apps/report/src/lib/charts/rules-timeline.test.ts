import { describe, expect, it } from 'vitest';
import { storyData } from '$lib/server/story-data';

describe('rulesTimelineChart', () => {
  for (const locale of ['en', 'zh'] as const) {
    it(`${locale}: draws only the steps a text dates at a date, and RCEP, CPTPP and DEPA undated in the band and the table, by their claims`, () => {
      const { charts, sections } = storyData(2026, locale);
      const chart = charts['rules-timeline'];
      if (chart.kind !== 'timeline') throw new Error('rules-timeline is a timeline');
      // Yu Ya (WCO 2018, Digital China 2019, the Global Data Security Initiative 2020, the ASEAN plan 2021–2025),
      // the guiding opinions (Nov 2019) and the second Expo (Nov 2023); nothing from outside the texts.
      expect(chart.props.events.map((e) => [e.id, e.date])).toEqual([
        ['wco', '2018'],
        ['digital-china', '2019'],
        ['guiding-opinions', '2019-11'],
        ['gdsi', '2020'],
        ['asean', '2021'],
        ['expo', '2023-11']
      ]);
      const undated = chart.rows.filter((r) => r.date === null);
      expect(undated.map((r) => String(r.event).match(/RCEP|CPTPP|DEPA/)?.[0])).toEqual(['RCEP', 'CPTPP', 'DEPA']);
      // Drawn apart in the band under the axis, with the same labels as the table's rows.
      expect(chart.props.undated!.items.map((i) => i.label)).toEqual(undated.map((r) => r.event));
      expect(chart.props.undated!.heading).toBe(
        locale === 'en' ? 'Named in the texts, no date' : '文献提及，未注明日期'
      );
      const cited = sections.find((s) => s.id === 'rules')!.cited.map((c) => c.id);
      expect(cited).toEqual(expect.arrayContaining(['yu-rcep-joined', 'yu-cptpp-application', 'yu-depa-application']));
      expect(JSON.stringify(chart)).not.toMatch(/2017|2020-11-15|2021-09-16|2021-11-01/);
    });
  }
});
