import { describe, expect, it } from 'vitest';
import { storyData } from '$lib/server/story-data';

describe('chinaAgreementsTimelineChart', () => {
  for (const locale of ['en', 'zh'] as const) {
    it(`${locale}: draws RCEP, CPTPP and DEPA in the undated band, by their claims, and credits the text after the WTO`, () => {
      const { charts } = storyData(2026, locale);
      const chart = charts['data-agreements'];
      if (chart.kind !== 'timeline') throw new Error('data-agreements is a timeline');
      const { undated, events } = chart.props;
      expect(undated!.heading).toBe(locale === 'en' ? 'Named in the texts, no date' : '文献提及，未注明日期');
      expect(undated!.items.map((i) => [i.id, i.label.match(/RCEP|CPTPP|DEPA/)?.[0]])).toEqual([
        ['rcep', 'RCEP'],
        ['cptpp', 'CPTPP'],
        ['depa', 'DEPA']
      ]);
      // None of the three is drawn at a date: the dated events are the WTO file's agreements only.
      expect(events.every((e) => e.id.startsWith('rta-'))).toBe(true);
      expect(chart.rows.filter((r) => r.date === null).map((r) => r.agreement)).toEqual(
        undated!.items.map((i) => i.label)
      );
      expect(chart.sources.map((s) => s.label)).toEqual([
        expect.stringMatching(/^(World Trade Organization|世界贸易组织)，?,? ?(RTA|区域贸易协定)/),
        expect.stringMatching(/^Yu Ya, Research on the current status/)
      ]);
      expect(chart.sources[1].url).toBe('');
    });
  }
});
