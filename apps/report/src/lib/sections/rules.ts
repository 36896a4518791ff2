import { formatNumber } from '@dtr/ui';
import { messages } from '$lib/i18n/messages';
import { economyNameLookup } from '$lib/charts/economy-name-lookup';
import { rulesIp, rulesIpChart } from '$lib/charts/rules-ip';
import { rulesStancesChart } from '$lib/charts/rules-stances';
import { RULES_EVENTS, rulesTimelineChart } from '$lib/charts/rules-timeline';
import { textSource } from '$lib/copy/text-source';
import type { SectionModule } from './section';

const IP_ECONOMIES = ['CHN', 'USA', 'DEU', 'JPN', 'GBR', 'KOR'];

/** Rules: the US, EU and Chinese positions the texts describe, China's steps in rule-making, and the problems named. */
export const rules: SectionModule = {
  id: 'rules',
  build({ edition, locale }) {
    const { countries } = edition.entities;
    const name = economyNameLookup(countries, locale);
    const ip = rulesIp(edition, IP_ECONOMIES);
    const row = (code: string) => ip.rows.find((r) => r.code === code)!;
    const usd = (v: number) => formatNumber(v, { locale, unit: 'US$' });
    // The texts a chart codes, as source lines: author and title from the claims ledger.
    const text = (id: string) => {
      const t = edition.claims.texts.find((x) => x.text.startsWith(id));
      if (!t) throw new Error(`Claims ledger has no text ${id}`);
      return {
        ...textSource({ author: t.author, title: t.title, locale }),
        url: '',
        licence: messages(locale).story.quotedText
      };
    };
    const refs: Record<string, string> = {
      ipYear: String(ip.year),
      ipChnPayments: usd(row('CHN').payments),
      ipChnReceipts: usd(row('CHN').receipts),
      ipChnDeficit: usd(row('CHN').payments - row('CHN').receipts),
      ipUsaReceipts: usd(row('USA').receipts),
      ipUsaPayments: usd(row('USA').payments)
    };
    const lookups: Record<string, string> = {};
    for (const e of RULES_EVENTS) lookups[`year.${e.id}`] = e.date.slice(0, 4);
    for (const e of RULES_EVENTS) if ('until' in e) lookups[`until.${e.id}`] = e.until;
    const ctx = { locale, manifest: edition.manifest };
    return {
      refs,
      lookups,
      charts: (copy) => [
        rulesStancesChart({
          ...ctx,
          id: 'rules-stances',
          copy: copy['rules-stances'],
          texts: [text('001'), text('000'), text('003')]
        }),
        rulesTimelineChart({
          ...ctx,
          id: 'rules-timeline',
          copy: copy['rules-timeline'],
          texts: [text('001'), text('002'), text('004')]
        }),
        rulesIpChart(ip, { ...ctx, id: 'rules-ip', copy: copy['rules-ip'], names: name })
      ]
    };
  }
};
