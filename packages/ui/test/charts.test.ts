import { describe, expect, it } from 'vitest';
import {
  briMembers,
  chinaServicesExports,
  digitalServices2023,
  ictExports,
  idi2024,
  internetUsers,
  provinceGdp2022,
  provinceSectors2022
} from '../fixtures/index.ts';
import BarChart from '../src/charts/BarChart.svelte';
import Beeswarm from '../src/charts/Beeswarm.svelte';
import DotPlot from '../src/charts/DotPlot.svelte';
import Heatmap from '../src/charts/Heatmap.svelte';
import LineChart from '../src/charts/LineChart.svelte';
import ProvinceTileMap from '../src/charts/ProvinceTileMap.svelte';
import ScatterPlot from '../src/charts/ScatterPlot.svelte';
import SlopeChart from '../src/charts/SlopeChart.svelte';
import Timeline from '../src/charts/Timeline.svelte';
import Sunburst from '../src/charts/Sunburst.svelte';
import Treemap from '../src/charts/Treemap.svelte';
import WorldMap from '../src/charts/WorldMap.svelte';
import { worldGeometry } from '../src/charts/world-geometry.ts';
import { neutral, sequentialColor, seriesColor } from '../src/theme/palette.ts';
import { expectSnapshot, renderLayouts } from './snapshot.ts';
import { render } from 'svelte/server';

const top = digitalServices2023.slice(0, 6);
const barData = top.map((d) => ({
  id: d.iso3,
  label: d.name,
  values: { exports: d.digitalExports, imports: d.digitalImports, other: d.otherServicesExports, balance: d.balance }
}));

describe('snapshots', () => {
  it('lineChart', () => {
    const svg = renderLayouts(LineChart, {
      series: ictExports,
      title: 'ICT service exports',
      unit: { unit: 'US$' },
      highlight: 'CHN',
      area: 'CHN',
      annotations: [{ x: 2020, label: 'COVID-19' }]
    });
    expectSnapshot('lineChart', svg);
  });
  // Every kind of annotation, in the desktop layout and the phone one: labels flip side and shorten to the room they have.
  it('lineAnnotations', () => {
    const svg = renderLayouts(LineChart, {
      series: ictExports.slice(0, 3),
      title: 'ICT service exports',
      unit: { unit: 'US$' },
      highlight: 'CHN',
      width: 720,
      height: 360,
      annotations: [
        { kind: 'band', x0: 2016, x1: 2018, label: 'Definition changes' },
        { kind: 'threshold', y: 50e9, label: 'US$ 50 bn' },
        { kind: 'point', x: 2010, y: ictExports[0].points[0].y as number, label: 'Start' },
        { kind: 'callout', x: 2022, y: ictExports[0].points[12].y as number, label: 'Peak before the slowdown' },
        { x: 2020, label: 'COVID-19' }
      ]
    });
    expect(svg.phone, 'a phone layout').toBeDefined();
    expectSnapshot('lineAnnotations', svg);
  });
  it('long end labels and a rule label wrap whole at 390 px (a phone story column), nothing cut', () => {
    const labels = ['Belt and Road members (as of each year)', 'Hong Kong SAR, China', 'China'];
    const svg = renderLayouts(LineChart, {
      series: ictExports.slice(0, 3).map((s, i) => ({ ...s, label: labels[i] })),
      title: 'Cables',
      unit: { unit: 'US$' },
      width: 390,
      height: 300,
      annotations: [{ x: 2020, label: 'Data as of Nov 2022; later years planned' }]
    });
    const words = (markup: string) => [...markup.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ');
    expect(svg.wide.match(/[^>]*…[^<]*/g) ?? [], 'cut labels').toEqual([]);
    for (const label of [...labels, 'Data as of Nov 2022; later years planned'])
      expect(words(svg.wide)).toContain(label.split(' ').slice(-2).join(' '));
  });
  it('lineChartNarrowZh', () => {
    const svg = renderLayouts(LineChart, {
      series: ictExports
        .slice(0, 3)
        .map((s) => ({ ...s, label: { CHN: '中国', IND: '印度', USA: '美国' }[s.id] ?? s.label })),
      title: 'ICT 服务出口',
      unit: { unit: 'US$' },
      locale: 'zh',
      width: 320,
      height: 280
    });
    expectSnapshot('lineChartNarrowZh', svg);
  });
  it('areaStacked', () => {
    const series = [
      {
        id: 'digital',
        label: 'Digitally deliverable',
        points: chinaServicesExports.map((d) => ({ x: d.year, y: d.digital }))
      },
      { id: 'other', label: 'Other services', points: chinaServicesExports.map((d) => ({ x: d.year, y: d.other })) }
    ];
    expectSnapshot(
      'areaStacked',
      renderLayouts(LineChart, {
        series,
        stacked: true,
        title: 'China services exports',
        unit: { unit: 'US$', scale: 1e6 }
      })
    );
  });
  it('lineChartWide', () => {
    const svg = renderLayouts(LineChart, {
      series: ictExports,
      title: 'ICT service exports',
      unit: { unit: 'US$' },
      width: 1440,
      height: 480
    });
    expectSnapshot('lineChartWide', svg);
  });
  it('barGroupedNarrowZh', () => {
    const series = [
      { key: 'exports', label: '出口' },
      { key: 'imports', label: '进口' }
    ];
    const zh = barData.map((d) => ({
      ...d,
      label: { CHN: '中国', USA: '美国', IND: '印度', IRL: '爱尔兰', DEU: '德国', GBR: '英国' }[d.id] ?? d.label
    }));
    expectSnapshot(
      'barGroupedNarrowZh',
      renderLayouts(BarChart, {
        data: zh,
        series,
        locale: 'zh',
        width: 320,
        title: '2023年可数字化交付服务贸易',
        unit: { unit: 'US$', scale: 1e6 }
      })
    );
  });
  it('barGrouped', () => {
    const series = [
      { key: 'exports', label: 'Exports' },
      { key: 'imports', label: 'Imports' }
    ];
    expectSnapshot(
      'barGrouped',
      renderLayouts(BarChart, {
        data: barData,
        series,
        title: 'Digitally deliverable services, 2023',
        unit: { unit: 'US$', scale: 1e6 }
      })
    );
  });
  it('barStacked', () => {
    const series = [
      { key: 'exports', label: 'Digitally deliverable' },
      { key: 'other', label: 'Other services' }
    ];
    expectSnapshot(
      'barStacked',
      renderLayouts(BarChart, {
        data: barData,
        series,
        mode: 'stacked',
        width: 320,
        title: 'Services exports, 2023',
        unit: { unit: 'US$', scale: 1e6 }
      })
    );
  });
  it('barDiverging', () => {
    const series = [{ key: 'balance', label: 'Balance' }];
    expectSnapshot(
      'barDiverging',
      renderLayouts(BarChart, {
        data: barData,
        series,
        mode: 'diverging',
        signLabels: ['Deficit', 'Surplus'],
        title: 'Balance',
        unit: { unit: 'US$', scale: 1e6 }
      })
    );
  });
});

describe('snapshots of the other chart types', () => {
  it('slope', () => {
    const data = internetUsers.map((d) => ({
      id: d.iso3,
      label: d.name,
      start: d.values['2013'],
      end: d.values['2022']
    }));
    expectSnapshot(
      'slope',
      renderLayouts(SlopeChart, {
        data,
        startLabel: '2013',
        endLabel: '2022',
        highlight: 'CHN',
        title: 'Internet users',
        formatValue: (v: number) => `${Math.round(v)}%`
      })
    );
  });
  it('dotPlot', () => {
    const data = [...idi2024]
      .filter((d) => d.region === 'ASP' && d.idi2024 != null)
      .sort((a, b) => (b.idi2024 as number) - (a.idi2024 as number))
      .slice(0, 12)
      .map((d) => ({
        id: d.iso3,
        label: d.name,
        value: d.idi2024 as number,
        low: Math.min(d.idi2023 as number, d.idi2024 as number),
        high: Math.max(d.idi2023 as number, d.idi2024 as number)
      }));
    expectSnapshot(
      'dotPlot',
      renderLayouts(DotPlot, {
        data,
        valueLabel: 'IDI 2024',
        intervalLabel: '2023–2024 range',
        highlight: 'CHN',
        title: 'IDI, Asia-Pacific'
      })
    );
  });
  it('scatterPlot', () => {
    const data = idi2024
      .filter((d) => d.idi2024 != null && d.idi2023 != null)
      .map((d) => ({ id: d.iso3 || d.name, label: d.name, x: d.idi2023 as number, y: d.idi2024 as number }));
    expectSnapshot(
      'scatterPlot',
      renderLayouts(ScatterPlot, {
        data,
        xLabel: 'IDI 2023',
        yLabel: 'IDI 2024',
        title: 'IDI 2023 and 2024',
        description: 'One point per economy.'
      })
    );
  });
  it('beeswarm', () => {
    const data = idi2024
      .filter((d) => d.idi2024 != null)
      .map((d) => ({ id: d.iso3 || d.name, label: d.name, value: d.idi2024 as number, group: d.region }));
    const groups = ['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR'].map((key) => ({ key, label: key }));
    expectSnapshot(
      'beeswarm',
      renderLayouts(Beeswarm, { data, groups, highlight: ['CHN'], title: 'IDI 2024 by region' })
    );
  });
  // Annotations on the charts whose rows are categories (issue 14: every section points at what its step says): a rule
  // at a value labelled above the rows and a callout on one row, at the desktop width and the phone one.
  it('barAnnotations', () => {
    const series = [
      { key: 'exports', label: 'Exports' },
      { key: 'imports', label: 'Imports' }
    ];
    const china = barData.find((d) => d.id === 'CHN') ?? barData[0];
    const svg = renderLayouts(BarChart, {
      data: barData,
      series,
      width: 720,
      title: 'Digitally deliverable services, 2023',
      unit: { unit: 'US$', scale: 1e6 },
      annotations: [
        { x: 200000, label: 'US$ 200 bn' },
        { kind: 'callout', x: china.values.exports as number, y: china.id, label: 'China’s exports' }
      ]
    });
    expect(svg.phone, 'a phone layout').toBeDefined();
    expect(svg.wide).toContain('>US$ 200 bn</tspan>');
    expectSnapshot('barAnnotations', svg);
  });
  it('beeswarmAnnotations', () => {
    const data = idi2024
      .filter((d) => d.idi2024 != null)
      .map((d) => ({ id: d.iso3 || d.name, label: d.name, value: d.idi2024 as number, group: d.region }));
    const groups = ['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR'].map((key) => ({ key, label: key }));
    const china = data.find((d) => d.id === 'CHN')!;
    const svg = renderLayouts(Beeswarm, {
      data,
      groups,
      highlight: ['CHN'],
      width: 720,
      title: 'IDI 2024 by region',
      annotations: [
        { x: 75, label: 'IDI 75' },
        { kind: 'point', x: china.value, y: china.group, label: 'China' }
      ]
    });
    expect(svg.phone, 'a phone layout').toBeDefined();
    expectSnapshot('beeswarmAnnotations', svg);
  });
  it('timelineAnnotations: a threshold at a time across the events, read out in the description', () => {
    const events = briMembers
      .filter((d) => d.region === 'Europe & Central Asia' && d.joined)
      .slice(0, 14)
      .map((d) => ({ id: d.iso3, date: d.joined as string, label: d.name }));
    const svg = renderLayouts(Timeline, {
      events,
      width: 720,
      title: 'BRI in Europe',
      annotations: [{ kind: 'threshold', y: 2019.25, label: 'From March 2019' }]
    });
    expect(svg.wide).toMatch(/<desc[^>]*>[^<]*From March 2019[^<]*<\/desc>/);
    expectSnapshot('timelineAnnotations', svg);
  });
  it('worldMap', () => {
    const data = briMembers
      .filter((d) => d.m49 && d.joined)
      .map((d) => ({ id: d.m49 as string, category: d.exited ? 'exited' : 'member' }));
    const categories = [
      { key: 'member', label: 'Member', color: sequentialColor(3) },
      { key: 'exited', label: 'Exited', color: seriesColor(1) }
    ];
    expectSnapshot(
      'worldMap',
      renderLayouts(WorldMap, {
        geometry: worldGeometry(),
        data,
        categories,
        missing: { label: 'Not a member', color: neutral },
        title: 'BRI',
        description: 'BRI members'
      })
    );
  });
  it('worldMap overlay legend: routes as lines, planned ones dashed, points as dots, as they are drawn', () => {
    const geometry = worldGeometry();
    const svg = renderLayouts(WorldMap, {
      geometry,
      data: [],
      categories: [],
      missing: { label: 'Other', color: neutral },
      overlay: {
        width: geometry.width,
        routes: [
          { category: 'built', d: 'M10,10L60,40' },
          { category: 'planned', d: 'M20,60L90,30' }
        ],
        points: [{ category: 'point', xy: [40, 40] }]
      },
      overlayCategories: [
        { key: 'built', label: 'Built cable', color: seriesColor(0) },
        { key: 'planned', label: 'Planned cable', color: seriesColor(0), dashed: true },
        { key: 'point', label: 'Landing point', color: seriesColor(4) }
      ],
      title: 'Cables',
      description: 'Cables'
    });
    const legend = svg.wide.match(/<g class="legend[^"]*"[\s\S]*?<\/g>\s*<\/g>/)![0];
    const item = (label: string) =>
      legend.split('<g transform').find((g) => g.includes(`>${label}</text>`)) ?? `no legend item ${label}`;
    expect(item('Built cable')).toMatch(/<line[^>]*stroke-width="3"/);
    expect(item('Built cable')).not.toMatch(/stroke-dasharray/);
    expect(item('Planned cable')).toMatch(/<line[^>]*stroke-dasharray="3 2"/);
    expect(item('Landing point')).toMatch(/<circle/);
    expect(item('Other')).toMatch(/<rect/);
  });
  it('provinceTileMapZh', () => {
    const data = provinceGdp2022.map((p) => ({ code: p.code, value: p.gdp }));
    expectSnapshot(
      'provinceTileMapZh',
      renderLayouts(ProvinceTileMap, {
        data,
        locale: 'zh',
        unit: { unit: 'CNY', scale: 1e8 },
        width: 360,
        height: 420,
        title: '2022年地区生产总值'
      })
    );
  });
  it('treemap', () => {
    const data = {
      name: 'China',
      children: provinceSectors2022
        .slice(0, 8)
        .map((p) => ({ name: p.code, children: Object.entries(p.sectors).map(([name, value]) => ({ name, value })) }))
    };
    expectSnapshot(
      'treemap',
      renderLayouts(Treemap, { data, unit: { unit: 'CNY', scale: 1e8 }, title: 'GDP by sector' })
    );
  });
  it('heatmap', () => {
    const years = ['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023'];
    const values = Object.fromEntries(
      internetUsers.map((d) => [
        d.iso3,
        Object.fromEntries(years.map((y) => [y, d.values[y as keyof typeof d.values]]))
      ])
    );
    expectSnapshot(
      'heatmap',
      renderLayouts(Heatmap, {
        rows: internetUsers.map((d) => ({ id: d.iso3, label: d.name })),
        columns: years.map((y) => ({ id: y, label: y })),
        values,
        formatValue: (v: number) => String(Math.round(v)),
        width: 480,
        title: 'Internet users'
      })
    );
  });
  it('timeline', () => {
    const events = briMembers
      .filter((d) => d.region === 'Europe & Central Asia' && d.joined)
      .slice(0, 14)
      .flatMap((d) => [
        { id: d.iso3, date: d.joined as string, label: d.name },
        ...(d.exited ? [{ id: `${d.iso3}-exit`, date: d.exited, label: `${d.name} exits`, kind: 1 }] : [])
      ]);
    expectSnapshot('timeline', renderLayouts(Timeline, { events, width: 360, title: 'BRI in Europe' }));
    expectSnapshot('timelineDesktop', renderLayouts(Timeline, { events, title: 'BRI in Europe' }));
  });
  it('timeline: a label in another language than the chart is marked on its own tspan, the date is not', () => {
    const body = render(Timeline, {
      props: {
        locale: 'zh',
        width: 360,
        title: '协定',
        events: [
          { id: 'a', date: '2025-01-01', label: 'China - Maldives', lang: 'en' },
          { id: 'b', date: '2009-01-01', label: '中国—新加坡自由贸易协定' }
        ]
      }
    }).body;
    expect(body).toMatch(/>2025年1月 <tspan lang="en" xml:lang="en">China - Maldives<\/tspan>/);
    expect(body).toMatch(/>2009年1月 中国—新加坡自由贸易协定<!--\]--><\/tspan>/);
    expect(body).not.toMatch(/lang="en"[^>]*>[^<]*2009年1月/);
  });
  it('heatmapScores: a 0/1/2 code gets a categorical legend, at desktop and phone widths', () => {
    // The shape of the rules-stances chart: three parties, six issues, scores 0–2 and unstated cells.
    const parties = ['usa', 'eu', 'china'];
    const scores: Record<string, Record<string, number | null>> = {
      flows: { usa: 2, eu: 1, china: 1 },
      localisation: { usa: null, eu: 2, china: null },
      tax: { usa: 2, eu: null, china: 1 },
      code: { usa: 2, eu: 2, china: 0 },
      discrimination: { usa: 2, eu: null, china: 0 },
      privacy: { usa: null, eu: 2, china: 1 }
    };
    const svg = renderLayouts(Heatmap, {
      rows: Object.keys(scores).map((id) => ({ id, label: `Cross-border ${id} rules` })),
      columns: parties.map((id) => ({ id, label: { usa: 'United States', eu: 'EU', china: 'China' }[id]! })),
      values: scores,
      title: 'Stances'
    });
    for (const layout of [svg.wide, svg.phone!]) {
      const legend = layout.slice(layout.indexOf('class="legend"'), layout.indexOf('class="cells"'));
      const texts = [...legend.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
      expect(texts).toEqual(['0', '1', '2', 'no data']);
      // Every column keeps its whole header at 280 px (EU included; "United States" on two lines).
      const cells = layout.slice(layout.indexOf('class="cells"'));
      const headers = [...cells.matchAll(/<text[^>]*font-size="11" text-anchor="middle"[^>]*>([^]*?)<\/text>/g)]
        .map((m) => [...m[1].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]).join(' '))
        .filter((h) => h !== '');
      expect(headers).toEqual(['United States', 'EU', 'China']);
    }
    expectSnapshot('heatmapScores', svg);
  });
  it('heatmap: the legend names an empty cell in the chart’s own word where "no data" is not what it means', () => {
    const svg = renderLayouts(Heatmap, {
      rows: [{ id: 'flows', label: 'Data flows' }],
      columns: [
        { id: 'usa', label: 'United States' },
        { id: 'eu', label: 'EU' }
      ],
      values: { flows: { usa: 2, eu: null } },
      missingLabel: 'not stated',
      title: 'Stances'
    });
    const legend = svg.wide.slice(svg.wide.indexOf('class="legend"'), svg.wide.indexOf('class="cells"'));
    expect([...legend.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1])).toEqual(['2', 'not stated']);
  });
  it('provinceTileMap: a value on every tile that has one, and one kind of name, at desktop and phone widths', () => {
    const data = provinceGdp2022.map((p) => ({ code: p.code, value: p.gdp }));
    const svg = renderLayouts(ProvinceTileMap, { data, unit: { unit: 'CNY', scale: 1e8 }, title: 'GDP 2022' });
    for (const layout of [svg.wide, svg.phone!]) {
      const tiles = layout.split('<title>').slice(1);
      expect(tiles).toHaveLength(31);
      for (const tile of tiles) {
        const texts = [...tile.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
        const name = tile.slice(0, tile.indexOf(':'));
        const has = !tile.slice(0, tile.indexOf('</title>')).endsWith('no data');
        expect(texts.length, name).toBe(has ? 2 : 1);
        expect(texts[0], name).toMatch(/^[A-Z]{2}$/);
      }
    }
    expectSnapshot('provinceTileMap', svg);
  });
});

it('treemapTaxonomy, sunburstTaxonomy: leaves without values draw as equal parts with names only', () => {
  // Categories of the IMF–OECD–UNCTAD–WTO Handbook on Measuring Digital Trade (2nd ed., 2023); no numbers.
  const data = {
    name: 'Digital trade',
    children: [
      { name: 'Digitally ordered', children: [{ name: 'Goods' }, { name: 'Services' }] },
      {
        name: 'Digitally delivered',
        children: [
          { name: 'Insurance and pension' },
          { name: 'Financial' },
          { name: 'IP charges' },
          { name: 'Telecom, computer, information' },
          { name: 'Other business' },
          { name: 'Personal, cultural, recreational' }
        ]
      }
    ]
  };
  expectSnapshot('treemapTaxonomy', renderLayouts(Treemap, { data, title: 'Digital trade', height: 300 }));
  expectSnapshot('sunburstTaxonomy', renderLayouts(Sunburst, { data, title: 'Digital trade', height: 420 }));
});
