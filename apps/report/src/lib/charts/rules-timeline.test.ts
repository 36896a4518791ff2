import { describe, expect, it } from 'vitest';
import { storyData } from '$lib/server/story-data';

describe('rulesTimelineChart', () => {
  for (const locale of ['en', 'zh'] as const) {
    it(`${locale}: draws the texts' dates as text marks, the public record's as record marks (Digital China 2019 in text 001 bracketed to Oct 2017), and RCEP, CPTPP and DEPA undated in the band`, () => {
      const { charts, sections } = storyData(2026, locale);
      const chart = charts['rules-timeline'];
      if (chart.kind !== 'timeline') throw new Error('rules-timeline is a timeline');
      // Yu Ya (WCO 2018, Digital China 2019, the Global Data Security Initiative 2020, the ASEAN plan 2021–2025),
      // the guiding opinions (Nov 2019) and the second Expo (Nov 2023); nothing from outside the texts.
      const texts = chart.props.events.filter((e) => !e.record);
      expect(texts.map((e) => [e.id, e.date])).toEqual([
        ['wco', '2018'],
        ['digital-china', '2019'],
        ['guiding-opinions', '2019-11'],
        ['gdsi', '2020'],
        ['asean', '2021'],
        ['expo', '2023-11']
      ]);
      // The public record beside them, in its own style: the 19th Congress report paired with the text's Digital China.
      // (The agreements' record dates are rows of the table here, and drawn on the agreements chart.)
      const records = chart.props.events.filter((e) => e.record);
      expect(records.map((e) => [e.id, e.date, e.pair])).toEqual([
        ['record-digital-china-19th-congress', '2017-10-18', 'digital-china']
      ]);
      expect(
        chart.rows.filter((r) => r.dated === (locale === 'en' ? 'the public record' : '公开记录')).map((r) => r.date)
      ).toEqual(['2017-10-18', '2020-11-15', '2022-01-01', '2021-09-16', '2021-11-01']);
      const digital = texts.find((e) => e.id === 'digital-china')!;
      expect(digital.pair).toBe('digital-china');
      expect(digital.label).toBe(
        locale === 'en' ? 'Digital China strategy (text 001’s date)' : '“数字中国”战略（文献001所记日期）'
      );
      expect(records[0].label).toBe(
        locale === 'en'
          ? 'Digital China in the 19th Congress report (public record)'
          : '十九大报告提出建设数字中国（公开记录）'
      );
      // Both dates are read out, and the record is cited with its publisher and title.
      expect(chart.sources.map((s) => s.label)).toContainEqual(
        expect.stringMatching(
          locale === 'en'
            ? /^Communist Party of China, 19th National Congress, Secure a Decisive Victory/
            : /^中国共产党第十九次全国代表大会，《决胜全面建成小康社会/
        )
      );
      const undated = chart.rows.filter((r) => r.date === null);
      expect(undated.map((r) => String(r.event).match(/RCEP|CPTPP|DEPA/)?.[0])).toEqual(['RCEP', 'CPTPP', 'DEPA']);
      // Drawn apart in the band under the axis, with the same labels as the table's rows.
      expect(chart.props.undated!.items.map((i) => i.label)).toEqual(undated.map((r) => r.event));
      expect(chart.props.undated!.heading).toBe(
        locale === 'en' ? 'Named in the texts, no date' : '文献提及，未注明日期'
      );
      const cited = sections.find((s) => s.id === 'rules')!.cited.map((c) => c.id);
      expect(cited).toEqual(expect.arrayContaining(['yu-rcep-joined', 'yu-cptpp-application', 'yu-depa-application']));
      // The texts' undated agreements keep no date from the text: their rows have none.
      expect(undated.every((r) => r.date === null)).toBe(true);
    });
  }
});
