import {
  briMembers,
  chinaServicesExports,
  digitalServices2023,
  ictExports,
  idi2024,
  internetUsers,
  provinceGdp2022,
  provinceSectors2022
} from '@dtr/ui/fixtures';
import { neutral, provinces, sequentialColor, seriesColor, type Locale, type Row, type TableColumn } from '@dtr/ui';
import { regions, sectors } from './names';
import { messages } from '$lib/i18n/messages';

const col = (key: string, label: string, numeric = false): TableColumn => ({ key, label, numeric });

/** Props and table rows for every gallery chart, in one locale. Numbers come only from the @dtr/ui fixtures. */
export function galleryCharts(locale: Locale, names: Record<string, string>) {
  const t = messages(locale).gallery;
  const wdi = { label: t.sources.wdi, href: 'https://data.worldbank.org/' };
  const unctad = { label: t.sources.unctad, href: 'https://unctadstat.unctad.org/' };
  const itu = { label: t.sources.itu, href: 'https://www.itu.int/itu-d/reports/statistics/idi2024/' };
  const gfdc = { label: t.sources.gfdc, href: 'https://greenfdc.org/' };
  // No link: the gallery cites the Handbook by title rather than guess a stable URL.
  const handbook = { label: t.sources.handbook };
  const nbs = { label: t.sources.nbs, href: 'https://data.stats.gov.cn/' };
  const name = (iso3: string, english: string) => names[iso3] ?? t.unkeyedNames[english] ?? english;

  const lineSeries = ictExports.map((s) => ({ ...s, label: name(s.id, s.label) }));
  const years = lineSeries[0].points.map((p) => p.x);
  const line = {
    series: lineSeries,
    rows: years.map((year) => ({
      year,
      ...Object.fromEntries(lineSeries.map((s) => [s.id, s.points.find((p) => p.x === year)?.y ?? null]))
    })) as Row[],
    columns: [col('year', t.year), ...lineSeries.map((s) => col(s.id, t.usdColumn({ label: s.label }), true))],
    sources: [wdi]
  };

  const area = {
    series: [
      { id: 'digital', label: t.digital, points: chinaServicesExports.map((d) => ({ x: d.year, y: d.digital })) },
      { id: 'other', label: t.other, points: chinaServicesExports.map((d) => ({ x: d.year, y: d.other })) }
    ],
    rows: chinaServicesExports.map((d) => ({ year: d.year, digital: d.digital, other: d.other })) as Row[],
    columns: [
      col('year', t.year),
      col('digital', t.usdMillions({ label: t.digital }), true),
      col('other', t.usdMillions({ label: t.other }), true)
    ],
    sources: [unctad]
  };

  const services = digitalServices2023.slice(0, 8);
  const barData = services.map((d) => ({
    id: d.iso3,
    label: name(d.iso3, d.name),
    values: { exports: d.digitalExports, imports: d.digitalImports, other: d.otherServicesExports, balance: d.balance }
  }));
  const barRows = (keys: [string, string][]) => ({
    rows: barData.map((d) => ({ economy: d.label, ...d.values })) as Row[],
    columns: [col('economy', t.economy), ...keys.map(([k, l]) => col(k, t.usdMillions({ label: l }), true))]
  });
  const grouped = {
    data: barData,
    series: [
      { key: 'exports', label: t.exports },
      { key: 'imports', label: t.imports }
    ],
    ...barRows([
      ['exports', t.exports],
      ['imports', t.imports]
    ]),
    sources: [unctad]
  };
  const stacked = {
    data: barData,
    series: [
      { key: 'exports', label: t.digital },
      { key: 'other', label: t.other }
    ],
    ...barRows([
      ['exports', t.digital],
      ['other', t.other]
    ]),
    sources: [unctad]
  };
  const diverging = {
    data: barData,
    series: [{ key: 'balance', label: t.balance }],
    ...barRows([['balance', t.balance]]),
    sources: [unctad]
  };

  const slopeData = internetUsers
    .filter((d) => d.values['2013'] != null && d.values['2022'] != null)
    .map((d) => ({ id: d.iso3, label: name(d.iso3, d.name), start: d.values['2013'], end: d.values['2022'] }));
  const slope = {
    data: slopeData,
    rows: slopeData.map((d) => ({ economy: d.label, start: d.start, end: d.end })) as Row[],
    columns: [col('economy', t.economy), col('start', '2013 (%)', true), col('end', '2022 (%)', true)],
    sources: [wdi]
  };

  const asp = idi2024
    .filter((d) => d.region === 'ASP' && d.idi2024 != null && d.idi2023 != null)
    .sort((a, b) => (b.idi2024 as number) - (a.idi2024 as number))
    .slice(0, 12);
  const dot = {
    data: asp.map((d) => ({
      id: d.iso3,
      label: name(d.iso3, d.name),
      value: d.idi2024 as number,
      low: Math.min(d.idi2023 as number, d.idi2024 as number),
      high: Math.max(d.idi2023 as number, d.idi2024 as number)
    })),
    rows: asp.map((d, i) => ({
      rank: i + 1,
      economy: name(d.iso3, d.name),
      idi2024: d.idi2024,
      idi2023: d.idi2023
    })) as Row[],
    columns: [
      col('rank', '#', true),
      col('economy', t.economy),
      col('idi2024', t.dotValue, true),
      col('idi2023', 'IDI 2023', true)
    ],
    sources: [itu]
  };

  const scored = idi2024.filter((d) => d.idi2024 != null);
  const swarm = {
    data: scored.map((d) => ({
      id: d.iso3 || d.name,
      label: name(d.iso3, d.name),
      value: d.idi2024 as number,
      group: d.region
    })),
    groups: Object.entries(regions).map(([key, l]) => ({ key, label: l[locale] })),
    rows: scored.map((d) => ({
      economy: name(d.iso3, d.name),
      region: regions[d.region]?.[locale] ?? d.region,
      idi2024: d.idi2024
    })) as Row[],
    columns: [col('economy', t.economy), col('region', t.region), col('idi2024', t.dotValue, true)],
    sources: [itu]
  };

  const bands: [string, number, number][] = [
    ['2013–2015', 2013, 2015],
    ['2016–2017', 2016, 2017],
    ['2018', 2018, 2018],
    ['2019–2023', 2019, 2023]
  ];
  const members = briMembers.filter((d) => d.joined);
  const category = (joined: string, exited: string | null) => {
    if (exited) return 'exited';
    const y = Number(joined.slice(0, 4));
    return bands.find(([, a, b]) => y >= a && y <= b)?.[0] ?? 'other';
  };
  const map = {
    data: members
      .filter((d) => d.m49)
      .map((d) => ({ id: d.m49 as string, category: category(d.joined as string, d.exited) })),
    categories: [
      ...bands.map(([key], i) => ({ key, label: key, color: sequentialColor(i + 1) })),
      { key: 'exited', label: t.exited, color: seriesColor(1) }
    ],
    missing: { label: t.notMember, color: neutral },
    description: t.mapDescription({ members: members.length, exited: members.filter((d) => d.exited).length }),
    rows: members.map((d) => ({ economy: name(d.iso3, d.name), joined: d.joined, exited: d.exited })) as Row[],
    columns: [col('economy', t.economy), col('joined', t.joined), col('exited', t.exited)],
    sources: [gfdc]
  };

  const provinceName = (code: string) => provinces.find((p) => p.code === code)?.[locale] ?? code;
  const tiles = {
    data: provinceGdp2022.map((p) => ({ code: p.code, value: p.gdp })),
    rows: provinceGdp2022.map((p) => ({ province: provinceName(p.code), gdp: p.gdp })) as Row[],
    columns: [col('province', t.province), col('gdp', t.gdpColumn, true)],
    sources: [nbs]
  };

  const largest = [...provinceSectors2022]
    .sort(
      (a, b) =>
        Object.values(b.sectors).reduce((s, v) => s + v, 0) - Object.values(a.sectors).reduce((s, v) => s + v, 0)
    )
    .slice(0, 8);
  const tree = {
    data: {
      name: 'China',
      children: largest.map((p) => ({
        name: provinceName(p.code),
        children: Object.entries(p.sectors).map(([s, value]) => ({ name: sectors[s]?.[locale] ?? s, value }))
      }))
    },
    rows: largest.flatMap((p) =>
      Object.entries(p.sectors).map(([s, value]) => ({
        province: provinceName(p.code),
        sector: sectors[s]?.[locale] ?? s,
        value
      }))
    ) as Row[],
    columns: [col('province', t.province), col('sector', t.sector), col('value', t.yuan100m, true)],
    sources: [nbs]
  };

  // The Handbook's conceptual frame has categories and no numbers, so every leaf counts one.
  const taxonomy = {
    data: {
      name: t.digitalTrade,
      children: [
        { name: t.digitallyOrdered, children: [{ name: t.goods }, { name: t.services }] },
        { name: t.digitallyDelivered, children: t.deliverable.map((name) => ({ name })) }
      ]
    },
    rows: [
      ...[t.goods, t.services].map((c) => ({ group: t.digitallyOrdered, category: c })),
      ...t.deliverable.map((c) => ({ group: t.digitallyDelivered, category: c }))
    ] as Row[],
    columns: [col('group', t.group), col('category', t.category)],
    sources: [handbook]
  };

  const heatYears = ['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023'] as const;
  const heat = {
    rows: internetUsers.map((d) => ({ id: d.iso3, label: name(d.iso3, d.name) })),
    columns: heatYears.map((y) => ({ id: y, label: y })),
    values: Object.fromEntries(
      internetUsers.map((d) => [d.iso3, Object.fromEntries(heatYears.map((y) => [y, d.values[y]]))])
    ),
    tableRows: internetUsers.map((d) => ({
      economy: name(d.iso3, d.name),
      ...Object.fromEntries(heatYears.map((y) => [y, d.values[y]]))
    })) as Row[],
    tableColumns: [col('economy', t.economy), ...heatYears.map((y) => col(y, `${y} (%)`, true))],
    sources: [wdi]
  };

  const europe = briMembers.filter(
    (d) =>
      d.region === 'Europe & Central Asia' &&
      d.joined &&
      ['ITA', 'GRC', 'PRT', 'POL', 'HUN', 'CZE', 'SVK', 'HRV', 'SVN', 'EST', 'LVA', 'LTU', 'CYP', 'LUX'].includes(
        d.iso3
      )
  );
  const events = europe.flatMap((d) => [
    { id: d.iso3, date: d.joined as string, label: name(d.iso3, d.name) },
    ...(d.exited
      ? [{ id: `${d.iso3}-exit`, date: d.exited, label: `${name(d.iso3, d.name)} ${t.exits}`, kind: 1 }]
      : [])
  ]);
  const timeline = {
    events,
    rows: [...events]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((e) => ({ date: e.date, event: e.label })) as Row[],
    columns: [col('date', t.date), col('event', t.event)],
    sources: [gfdc]
  };

  return { line, area, grouped, stacked, diverging, slope, dot, swarm, map, tiles, tree, taxonomy, heat, timeline };
}
