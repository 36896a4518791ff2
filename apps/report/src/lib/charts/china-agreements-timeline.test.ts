import { describe, expect, it } from 'vitest';
import { storyData } from '$lib/server/story-data';

describe('chinaAgreementsTimelineChart', () => {
  for (const locale of ['en', 'zh'] as const) {
    it(`${locale}: draws RCEP, CPTPP and DEPA in the undated band by their claims, their public-record dates as record marks, and credits the text and the record after the WTO`, () => {
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
      // The text dates none of the three: the dots are the WTO file's agreements; the public record's dates are
      // record marks (hollow diamonds), none paired with a text's date.
      const records = events.filter((e) => !e.id.startsWith('rta-'));
      expect(records.map((e) => [e.id, e.date, e.record, e.pair])).toEqual([
        ['record-rcep-signed', '2020-11-15', true, undefined],
        ['record-rcep-in-force', '2022-01-01', true, undefined],
        ['record-cptpp-application', '2021-09-16', true, undefined],
        ['record-depa-application', '2021-11-01', true, undefined]
      ]);
      expect(records.every((e) => e.label.endsWith(locale === 'en' ? ' (public record)' : '（公开记录）'))).toBe(true);
      expect(chart.rows.filter((r) => r.date === null).map((r) => r.agreement)).toEqual(
        undated!.items.map((i) => i.label)
      );
      expect(chart.sources.map((s) => s.label)).toEqual([
        expect.stringMatching(/^(World Trade Organization|世界贸易组织)，?,? ?(RTA|区域贸易协定)/),
        expect.stringMatching(/^Yu Ya, Research on the current status/),
        expect.stringMatching(/^(ASEAN Secretariat|东盟秘书处)/),
        expect.stringMatching(/^(CGTN|中国国际电视台)/),
        expect.stringMatching(/^(Xinhua|新华社)/),
        expect.stringMatching(/^(The State Council|中华人民共和国国务院)/)
      ]);
      expect(chart.sources[1].url).toBe('');
      // Cited with its link where an official page was checked; publisher, title and date where none was.
      expect(chart.sources[2].url).toBe('');
      expect(chart.sources[2].label).toMatch(locale === 'en' ? /Nov 15, 2020$/ : /2020年11月15日$/);
      expect(chart.sources[4].url).toBe('http://en.people.cn/n3/2021/0917/c90000-9897439.html');
    });
  }
});
