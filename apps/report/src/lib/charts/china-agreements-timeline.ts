import type { ChinaAgreementsFile, Manifest, PublicRecord } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import type { ChartCopy } from '$lib/story/story';
import type { ChartPayload, FramePayload } from './payload';
import { framePayload } from './frame-payload';
import { publicRecordEvents } from './public-record-events';
import { publicRecordSource } from './public-record-source';

/** Chart width in px under which the bilateral agreements of a year share one row, named by partner (phones). */
const PHONE_BELOW = 480;

/**
 * China's agreements on a timeline: each agreement of the WTO RTA Database at China's entry into force (kind 0), or
 * at signature when not yet in force (kind 1). RCEP, DEPA and China's CPTPP application, which no file here dates, are
 * hollow markers in the band under the axis (headed by the copy's `undated-heading`) and rows of the table without a
 * date, never drawn at one by the text; the text that names them (`texts`) is credited after the WTO. Their dates
 * from the public record (`records` of each) are drawn on the axis as record marks (hollow diamonds, kind 2) and cited
 * after the text. Accession rows and agreements without any date are left out.
 */
export function chinaAgreementsTimelineChart(o: {
  id: string;
  copy: ChartCopy;
  locale: Locale;
  manifest: Manifest;
  agreements: ChinaAgreementsFile;
  /**
   * The agreements the texts name that no file here dates (the edition's `undated`, ledger claims): RCEP and DEPA are
   * not in the WTO file, and the texts say China has applied to join CPTPP and DEPA without giving a date.
   */
  undated: { id: string; claim: string; records?: string[] }[];
  /** The edition's public-record facts (config/public-record.json). */
  records: readonly PublicRecord[];
  /** The source texts the undated agreements' claims quote, as source lines. */
  texts: FramePayload['sources'];
  /** An economy's name in the reader's language: a bilateral agreement's partner, its short name on a phone. */
  partnerName: (code: string) => string;
}): ChartPayload {
  const label = (k: string) => (o.copy.labels ?? {})[k] ?? k;
  // An agreement's name in the reader's language where the copy traces one (`name-<WTO id>`), else the WTO's own
  // English name, marked as such on a page in another language.
  const name = (a: { id: number | string; name: string }): { label: string; lang?: string } => {
    const own = (o.copy.labels ?? {})[`name-${a.id}`];
    return own ? { label: own } : { label: a.name, ...(o.locale === 'en' ? {} : { lang: 'en' }) };
  };
  const wto = o.agreements.agreements
    .filter((a) => !a.accession && (a.entryIntoForceForChina ?? a.signature) !== null)
    .map((a) => {
      const inForce = a.entryIntoForceForChina !== null;
      return {
        id: `rta-${a.id}`,
        date: (a.entryIntoForceForChina ?? a.signature) as string,
        ...name(a),
        kind: inForce ? 0 : 1,
        what: label(inForce ? 'in-force' : 'signed'),
        // On a phone a bilateral agreement is named by its partner, one row per year (the table keeps the full name).
        // The Cross-Straits agreement keeps its own name: it is not a partner's agreement like the others.
        ...(a.partners.length === 1 && a.partners[0] !== 'TWN' ? { short: o.partnerName(a.partners[0]) } : {})
      };
    });
  const gap = messages(o.locale).site.noteGap;
  const cites = o.undated.flatMap((u) => (u.records ?? []).map((record) => ({ id: u.id, record })));
  const marks = publicRecordEvents({ cites, records: o.records, label, gap });
  const cited = [...new Set(cites.map((c) => c.record))].map((id) => o.records.find((r) => r.id === id)!);
  const events = [...wto].sort((a, b) => a.date.localeCompare(b.date));
  const undated = o.undated.map(({ id }) => ({ date: null, agreement: label(id), status: label('undated') }));
  return {
    kind: 'timeline',
    ...framePayload({
      id: o.id,
      copy: o.copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: [o.agreements.sourceId],
      extraSources: [...o.texts, ...cited.map((record) => publicRecordSource({ record, locale: o.locale }))],
      columns: ['date', 'agreement', 'status'],
      columnLangs: { agreement: { langKey: 'lang' } },
      rows: [
        ...events.map((e) => ({
          date: e.date,
          agreement: e.label,
          status: e.what,
          ...(e.lang ? { lang: e.lang } : {})
        })),
        ...undated,
        ...marks.map((m) => ({ date: m.date, agreement: m.label, status: label('public-record') }))
      ]
    }),
    props: {
      events: [
        ...events.map(({ id, date, label: text, kind, lang, short }) => ({
          id,
          date,
          label: text,
          kind,
          ...(lang ? { lang } : {}),
          ...(short ? { short } : {})
        })),
        ...marks
      ],
      compactBelow: PHONE_BELOW,
      undated: {
        heading: label('undated-heading'),
        items: o.undated.map(({ id }) => ({ id, label: label(id) }))
      }
    }
  };
}
