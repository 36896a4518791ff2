import { formatNumber } from '@dtr/ui';
import { economyNameLookup } from '$lib/charts/economy-name-lookup';
import { rulesIp, rulesIpChart } from '$lib/charts/rules-ip';
import { rulesStancesChart } from '$lib/charts/rules-stances';
import { rulesEvents } from '$lib/charts/rules-events';
import { rulesTimelineChart } from '$lib/charts/rules-timeline';
import { publicRecordLookups } from '$lib/charts/public-record-lookups';
import { ledgerTextSource } from '$lib/copy/ledger-text-source';
import { choicesFor } from './choices-for';
import type { SectionModule } from './section';

/** Rules: the US, EU and Chinese positions the texts describe, China's steps in rule-making, and the problems named. */
export const rules: SectionModule = {
  id: 'rules',
  build({ edition, locale, charts }) {
    const c = choicesFor({ charts, section: 'rules' });
    const { countries } = edition.entities;
    const name = economyNameLookup(countries, locale);
    const { entities: codes, receipts, payments } = c['rules-ip'];
    const ip = rulesIp(edition, { codes, receipts, payments });
    const other = c['rules-ip'].compare;
    const row = (code: string) => ip.rows.find((r) => r.code === code)!;
    const usd = (v: number) => formatNumber(v, { locale, unit: 'US$' });
    // The texts a chart codes, as source lines: author and title from the claims ledger.
    const text = (id: string) => ledgerTextSource({ ledger: edition.claims, text: id, locale });
    const refs: Record<string, string> = {
      ipYear: String(ip.year),
      ipChnPayments: usd(row('CHN').payments),
      ipChnReceipts: usd(row('CHN').receipts),
      ipChnDeficit: usd(row('CHN').payments - row('CHN').receipts),
      ipUsaReceipts: usd(row(other).receipts),
      ipUsaPayments: usd(row(other).payments)
    };
    const timeline = c['rules-timeline'];
    const events = rulesEvents({ events: timeline.events, claims: edition.claims.claims });
    const records = edition.publicRecord?.records ?? [];
    const lookups: Record<string, string> = publicRecordLookups({ records, locale });
    for (const e of events) lookups[`year.${e.id}`] = e.date.slice(0, 4);
    for (const e of events) if (e.until !== undefined) lookups[`until.${e.id}`] = e.until;
    const ctx = { locale, manifest: edition.manifest };
    return {
      refs,
      lookups,
      charts: (copy) => [
        rulesStancesChart({
          ...ctx,
          id: 'rules-stances',
          copy: copy['rules-stances'],
          coding: c['rules-stances'],
          texts: c['rules-stances'].texts.map(text)
        }),
        rulesTimelineChart({
          ...ctx,
          id: 'rules-timeline',
          copy: copy['rules-timeline'],
          texts: timeline.texts.map(text),
          events,
          undated: timeline.undated,
          records
        }),
        rulesIpChart(ip, { ...ctx, id: 'rules-ip', copy: copy['rules-ip'], names: name })
      ]
    };
  }
};
