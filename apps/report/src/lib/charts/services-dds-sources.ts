import type { ClaimsLedger, Manifest } from '@dtr/data';
import { localePath, type Locale } from '$lib/i18n/locale';
import { textSource } from '$lib/copy/text-source';
import { messages } from '$lib/i18n/messages';
import type { Edition } from '$lib/edition/edition';
import type { ChartCopy } from '$lib/story/story';
import { framePayload } from './frame-payload';
import { columnAt } from './column-at';
import type { ChartPayload } from './payload';
import { claimNumber } from '$lib/copy/claim-number';

/**
 * "China's digitally deliverable services trade in 2022, three figures": UNCTAD's exports and imports beside the totals
 * two source texts state. Built from the ledger's conflict group, so the chart shows exactly the figures it compares.
 */
export const SERVICES_DDS_SOURCES = 'services-dds-sources';

type ClaimRecord = ClaimsLedger['claims'][number];
type ConflictGroup = ClaimsLedger['conflicts'][number];

export interface ServicesDdsSources {
  year: number;
  group: ConflictGroup;
  unctad: { exports: number; imports: number; total: number };
  /** The texts' totals in US$, as read (a garbled figure by the ledger's reading), one per claim of the group. */
  stated: { claim: ClaimRecord; total: number }[];
  sourceIds: string[];
}

const US$ = { 'US$ bn': 1e9, 'US$ mn': 1e6, 'US$ trn': 1e12 } as Record<string, number>;

/** `o.conflict`: the ledger's group of texts that state one year's total; `exports`, `imports`: UNCTAD's series. */
export function servicesDdsSources(
  edition: Edition,
  o: { conflict: string; exports: string; imports: string }
): ServicesDdsSources {
  const group = edition.claims.conflicts.find((g) => g.id === o.conflict);
  if (!group) throw new Error(`The claims ledger has no conflict group "${o.conflict}"`);
  const claims = group.claims.map((id) => {
    const c = edition.claims.claims.find((x) => x.id === id);
    if (!c) throw new Error(`Conflict group ${group.id} names a missing claim "${id}"`);
    return c;
  });
  const year = claims[0].reading?.year ?? claims[0].year;
  if (year == null) throw new Error(`Conflict group ${group.id}: no year`);
  const exp = edition.series(o.exports);
  const imp = edition.series(o.imports);
  const exports = columnAt(exp, 'CHN', [year])[0];
  const imports = columnAt(imp, 'CHN', [year])[0];
  const stated = claims
    .map((claim) => {
      const factor = US$[claim.unit];
      if (!factor) throw new Error(`Claim ${claim.id}: unit "${claim.unit}" is not a US$ amount`);
      return { claim, total: (claim.reading?.value ?? claimNumber({ claim })) * factor };
    })
    .sort((a, b) => a.total - b.total);
  return {
    year,
    group,
    unctad: { exports, imports, total: exports + imports },
    stated,
    sourceIds: [...new Set([exp.sourceId, imp.sourceId])]
  };
}

/** Stacked bars: UNCTAD's exports + imports, then each text's stated total as one bar. */
export function servicesDdsSourcesChart(
  m: ServicesDdsSources,
  copy: ChartCopy,
  o: { locale: Locale; manifest: Manifest }
): ChartPayload {
  const label = (k: string) => (copy.labels ?? {})[k] ?? k;
  const rows = [
    { id: 'unctad', source: label('unctad'), exports: m.unctad.exports, imports: m.unctad.imports, stated: null },
    ...m.stated.map((s) => ({
      id: s.claim.id,
      source: label(s.claim.id),
      exports: null,
      imports: null,
      stated: s.total
    }))
  ];
  return {
    kind: 'bar',
    ...framePayload({
      id: SERVICES_DDS_SOURCES,
      copy,
      ...o,
      sourceIds: m.sourceIds,
      extraSources: m.stated.map((s) => ({
        ...textSource({
          author: s.claim.author,
          title: s.claim.title === 'not stated' ? s.claim.section : s.claim.title,
          locale: o.locale
        }),
        url: `${localePath(o.locale, '/')}#claim-${s.claim.id}`,
        licence: messages(o.locale).story.quotedText
      })),
      columns: ['source', 'exports', 'imports', 'stated'],
      rows: rows.map(({ id: _id, ...r }) => r),
      format: { unit: 'US$' }
    }),
    props: {
      data: rows.map((r) => ({
        id: r.id,
        label: r.source,
        values: { exports: r.exports, imports: r.imports, stated: r.stated }
      })),
      series: (['exports', 'imports', 'stated'] as const).map((key) => ({ key, label: (copy.series ?? {})[key] })),
      mode: 'stacked',
      unit: { unit: 'US$' }
    }
  };
}
