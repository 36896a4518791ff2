import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { ChartCopy } from '$lib/story/story';
import type { ChartPayload, FramePayload } from './payload';
import { framePayload } from './frame-payload';

export const PARTIES = ['usa', 'eu', 'china'] as const;
export const ISSUES = [
  'data-flows',
  'localisation',
  'digital-tax',
  'source-code',
  'non-discrimination',
  'privacy'
] as const;

/**
 * How firm a position the texts attribute to each party on each issue: 2 = a binding rule sought or a clear principle,
 * 1 = a qualified or partial position, 0 = the texts say it has no specific rule, null = the texts do not say. A reading
 * of Yu Ya (sections 3.4, 4.4), Jing Ma (section on the connotation of digital trade) and He Limei and Lin Keda (4.4),
 * not a measurement; the words for each cell are in the section's comparison table.
 */
export const STANCES: Record<(typeof ISSUES)[number], Record<(typeof PARTIES)[number], 0 | 1 | 2 | null>> = {
  'data-flows': { usa: 2, eu: 1, china: 1 },
  localisation: { usa: null, eu: 2, china: null },
  'digital-tax': { usa: 2, eu: null, china: 1 },
  'source-code': { usa: 2, eu: 2, china: 0 },
  'non-discrimination': { usa: 2, eu: null, china: 0 },
  privacy: { usa: null, eu: 2, china: 1 }
};

/** Heatmap of the coded stances: rows = issues, columns = parties; CSV with the codes. */
export function rulesStancesChart(o: {
  id: string;
  copy: ChartCopy;
  locale: Locale;
  manifest: Manifest;
  texts: FramePayload['sources'];
}): ChartPayload {
  const label = (k: string) => (o.copy.labels ?? {})[k] ?? k;
  return {
    kind: 'heatmap',
    ...framePayload({
      id: o.id,
      copy: o.copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: [],
      extraSources: o.texts,
      columns: ['issue', ...PARTIES],
      rows: ISSUES.map((i) => ({ issue: label(i), ...STANCES[i] }))
    }),
    format: { digits: 0 },
    props: {
      rows: ISSUES.map((id) => ({ id, label: label(id) })),
      columns: PARTIES.map((id) => ({ id, label: label(id) })),
      values: STANCES,
      missingLabel: label('not-stated')
    }
  };
}
