import type { ChinaAgreementsFile, Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { ChartCopy } from '$lib/story/story';
import type { ChartPayload } from './payload';
import { framePayload } from './frame-payload';
import { RULES_EVENTS } from './rules-timeline';

/** RCEP, the CPTPP application and the DEPA application: not in the WTO file, dated from the public record. */
const CITED = RULES_EVENTS.filter((e) => e.id === 'rcep' || e.id === 'cptpp' || e.id === 'depa');

/**
 * China's agreements on a timeline: each agreement of the WTO RTA Database at China's entry into force (kind 0), or
 * at signature when not yet in force (kind 1); RCEP, CPTPP and DEPA, which the WTO file does not hold, drawn apart as
 * cited events (kind 2). Accession rows and agreements without any date are left out.
 */
export function chinaAgreementsTimelineChart(o: {
  id: string;
  copy: ChartCopy;
  locale: Locale;
  manifest: Manifest;
  agreements: ChinaAgreementsFile;
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
        what: label(inForce ? 'in-force' : 'signed')
      };
    });
  const cited = CITED.map((e) => ({
    id: e.id,
    date: e.date,
    label: label(e.id),
    lang: undefined as string | undefined,
    kind: 2,
    what: label('cited')
  }));
  const events = [...wto, ...cited].sort((a, b) => a.date.localeCompare(b.date));
  return {
    kind: 'timeline',
    ...framePayload({
      id: o.id,
      copy: o.copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: [o.agreements.sourceId],
      columns: ['date', 'agreement', 'status'],
      columnLangs: { agreement: { langKey: 'lang' } },
      rows: events.map((e) => ({
        date: e.date,
        agreement: e.label,
        status: e.what,
        ...(e.lang ? { lang: e.lang } : {})
      }))
    }),
    props: {
      events: events.map(({ id, date, label: text, kind, lang }) => ({
        id,
        date,
        label: text,
        kind,
        ...(lang ? { lang } : {})
      }))
    }
  };
}
