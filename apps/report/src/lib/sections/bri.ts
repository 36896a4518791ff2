import { briMemberOn } from '@dtr/data';
import { formatNumber, formatPercent } from '@dtr/ui';
import { messages } from '$lib/i18n/messages';
import { briCountChart, briMapChart, briMembership } from '$lib/charts/bri-membership';
import { entityGroups } from '$lib/edition/entity-groups';
import { briGvc, briGvcChart } from '$lib/charts/bri-gvc';
import { economyNameLookup } from '$lib/charts/economy-name-lookup';
import { groupSwarm, groupSwarmChart } from '$lib/charts/group-swarm';
import { choicesFor } from './choices-for';
import type { SectionModule } from './section';

/** Belt and Road: the members by join date, their connectivity against other economies, and GVC participation. */
export const bri: SectionModule = {
  id: 'bri',
  build({ edition, locale, charts }) {
    const c = choicesFor({ charts, section: 'bri' });
    const { countries, bri: list } = edition.entities;
    const name = economyNameLookup(countries, locale);
    const membership = briMembership(list, entityGroups(edition).briJoinBands);
    const date = membership.onDate.date;
    const economies = new Set(countries.entities.filter((e) => e.kind === 'economy').map((e) => e.code));
    // Membership as of the end of each figure's own year: Italy counts as a member in 2022, not in 2024.
    const memberIn = (code: string, year: number) => briMemberOn(code, `${year}-12-31`, list);
    const groupOf = (code: string, year: number) =>
      !economies.has(code) ? null : memberIn(code, year) ? 'member' : 'other';
    const idi = groupSwarm(edition, {
      seriesId: c['bri-idi'].series,
      groups: ['member', 'other'],
      groupOf,
      extraSourceIds: [list.sourceId]
    });
    const internet = groupSwarm(edition, {
      seriesId: c['bri-internet'].series,
      groups: ['member', 'other'],
      groupOf,
      extraSourceIds: [list.sourceId]
    });
    const ddsSeries = edition.series(c.membersExports.series);
    const dds = groupSwarm(edition, { seriesId: ddsSeries.id, groups: ['member', 'other'], groupOf });
    const gvc = briGvc(edition, memberIn, c['bri-gvc']);
    const ddsWorld = ddsSeries.values.WLD[ddsSeries.years.indexOf(dds.year)]! * ddsSeries.scale;
    const ddsMembers = dds.points.filter((p) => p.group === 'member').reduce((s, p) => s + p.value, 0);
    const ddsMembersExChina = ddsMembers - (dds.points.find((p) => p.id === 'CHN')?.value ?? 0);
    const chn = gvc.rows.find((r) => r.code === 'CHN')!;
    const exit = membership.exited.find((e) => e.code === c.exit);
    if (!exit)
      throw new Error(`${charts.file}:$.bri.exit: the BRI list records no exit for ${c.exit}; revise it and the copy`);

    const pct = (v: number) => formatPercent(v / 100, { locale, digits: 1 });
    const score = (v: number) => formatNumber(v, { locale, digits: 1, compact: false });
    const idx = (v: number) => formatNumber(v, { locale, digits: 2, compact: false });
    const peak = membership.atYearEnd.reduce(
      (best, v, i, a) =>
        v - (a[i - 1] ?? 0) > best.added ? { added: v - (a[i - 1] ?? 0), year: membership.years[i] } : best,
      { added: 0, year: 0 }
    );
    const refs: Record<string, string> = {
      listed: String(membership.listed),
      asOf: membership.asOf.slice(0, 4),
      onDate: date,
      membersOnDate: String(membership.onDate.count),
      firstYear: String(membership.years[0]),
      peakYear: String(peak.year),
      peakAdded: String(peak.added),
      undatedCount: String(membership.undated.length),
      undatedNames: membership.undated.map(name).join(messages(locale).site.listSeparator),
      unknownJoinDate: list.unknownJoinDate,
      italyExit: exit.date,
      idiYear: String(idi.year),
      idiMembers: String(idi.stats.member.n),
      idiOthers: String(idi.stats.other.n),
      idiMemberMedian: score(idi.stats.member.median),
      idiOtherMedian: score(idi.stats.other.median),
      netYear: String(internet.year),
      netMemberMedian: pct(internet.stats.member.median),
      netOtherMedian: pct(internet.stats.other.median),
      ddsYear: String(dds.year),
      ddsMembers: formatNumber(ddsMembers, { locale, unit: 'US$' }),
      ddsMembersShare: formatPercent(ddsMembers / ddsWorld, { locale, digits: 1 }),
      ddsMembersExChina: formatNumber(ddsMembersExChina, { locale, unit: 'US$' }),
      ddsMembersExChinaShare: formatPercent(ddsMembersExChina / ddsWorld, { locale, digits: 1 }),
      gvcYear: String(gvc.year),
      gvcCount: String(gvc.rows.length - 1),
      gvcChn: idx(chn.participation),
      gvcChnBackward: idx(chn.backward),
      gvcChnForward: idx(chn.forward),
      gvcChnPosition: idx(chn.position),
      gvcChnHighTech: idx(gvc.chinaHighTech),
      gvcMemberMedian: idx(gvc.memberMedian)
    };
    for (const b of membership.bands) refs[`band.${b.key}`] = b.from === b.to ? String(b.from) : `${b.from}–${b.to}`;
    const ctx = { locale, manifest: edition.manifest };
    return {
      refs,
      charts: (copy) => [
        briMapChart(membership, { ...ctx, id: 'bri-map', copy: copy['bri-map'], countries }),
        briCountChart(membership, { ...ctx, id: 'bri-count', copy: copy['bri-count'] }),
        groupSwarmChart(idi, { ...ctx, id: 'bri-idi', copy: copy['bri-idi'], names: name, format: { digits: 1 } }),
        groupSwarmChart(internet, {
          ...ctx,
          id: 'bri-internet',
          copy: copy['bri-internet'],
          names: name,
          format: { unit: '%', digits: 0 }
        }),
        briGvcChart(gvc, { ...ctx, id: 'bri-gvc', copy: copy['bri-gvc'], names: name })
      ]
    };
  }
};
