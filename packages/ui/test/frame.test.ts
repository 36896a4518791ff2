import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { ictExports } from '../fixtures/index.ts';
import LineChart from '../src/charts/LineChart.svelte';
import DataTable from '../src/frame/DataTable.svelte';
import FrameFixture from './FrameFixture.svelte';
import { cleanHtml } from './snapshot.ts';

describe('ChartFrame on the server (what readers without JavaScript get)', () => {
  const body = cleanHtml(render(FrameFixture, { props: { locale: 'en' } }).body);

  it('renders title, subtitle, linked source, licence and an edition citation', () => {
    expect(body).toMatch(/<h2[^>]*>ICT service exports<\/h2>/);
    expect(body).toContain('<p class="subtitle">Current US$</p>');
    expect(body).toContain('<a href="https://data.worldbank.org/">World Bank WDI</a>');
    expect(body).toContain('rel="license">CC BY 4.0</a>');
    expect(body).toContain('<cite>Digital Trade Report, 2026 edition, chart ict-exports</cite>');
  });

  it('puts the data table in a <details> and keeps the action bar hidden until a script wires it', () => {
    expect(body).toMatch(/<details[^>]*><summary>Data table<\/summary>/);
    expect(body).toContain('<th scope="row">2010</th>');
    expect(body).toContain('<td class="num">10,476,412,987</td>');
    expect(body).toMatch(/<div class="actions"[^>]*data-frame-actions="" hidden="">/);
    expect(body.match(/<button/g)).toHaveLength(5);
    expect(body).toMatch(/<label class="fallback"[^>]*hidden="">/);
  });

  it('uses the Chinese labels for locale zh', () => {
    const zh = cleanHtml(render(FrameFixture, { props: { locale: 'zh' } }).body);
    expect(zh).toContain('<summary>数据表</summary>');
    expect(zh).toContain('<cite>《数字贸易报告》2026年版，图表 ict-exports</cite>');
  });

  it('marks a licensor’s own wording with its language inside a licence given in runs', () => {
    const licence = {
      label: '以数据来源的条款为准：国家统计局：“NBS terms of use”',
      parts: [{ text: '以数据来源的条款为准：国家统计局：“' }, { text: 'NBS terms of use', lang: 'en' }, { text: '”' }]
    };
    const zh = cleanHtml(render(FrameFixture, { props: { locale: 'zh', licence } }).body);
    expect(zh).toContain('以数据来源的条款为准：国家统计局：“<span lang="en">NBS terms of use</span>”');
    expect(zh).not.toContain(licence.label);
  });
});

describe('LineChart on the server', () => {
  const body = cleanHtml(
    render(LineChart, { props: { series: ictExports.slice(0, 2), title: 'ICT exports', unit: { unit: 'US$' } } }).body
  );

  it('is an image named by its title and described by the generated text', () => {
    const labelledby = body.match(/<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)"/)?.[1].split(' ') ?? [];
    expect(labelledby).toHaveLength(2);
    expect(body).toContain(`<title id="${labelledby[0]}">ICT exports</title>`);
    expect(body).toContain(
      `<desc id="${labelledby[1]}">China rose from 10 bn US$ in 2010 to 65 bn US$ in 2024. India rose from 54 bn US$ in 2010 to 178 bn US$ in 2024.</desc>`
    );
  });

  it('offers a keyboard slider over the years and a polite live region', () => {
    expect(body).toMatch(/role="slider" tabindex="0"[^>]*aria-valuemin="2010" aria-valuemax="2024"/);
    expect(body).toContain('aria-live="polite"');
  });
});

describe('DataTable', () => {
  it('groups digits of unformatted numbers for the locale and leaves missing cells empty', () => {
    const columns = [
      { key: 'name', label: 'Economy' },
      { key: 'v', label: 'Value', numeric: true }
    ];
    const rows = [
      { name: 'China', v: 216265.5 },
      { name: 'India', v: null }
    ];
    const en = cleanHtml(render(DataTable, { props: { caption: 'T', locale: 'en', rows, columns } }).body);
    expect(en).toContain('<td class="num">216,265.5</td>');
    expect(en).toContain('<th scope="row">India</th><td class="num"></td>');
  });

  it('marks the language of a column, or of each cell from a row field, when it is not the table’s', () => {
    const columns = [
      { key: 'cable', label: '海缆', lang: 'en' },
      { key: 'agreement', label: '协定', langKey: 'lang' }
    ];
    const rows = [
      { cable: 'SEA-ME-WE 3', agreement: 'China - Maldives', lang: 'en' },
      { cable: 'APCN-2', agreement: '中国—新加坡自由贸易协定' }
    ];
    const zh = cleanHtml(render(DataTable, { props: { caption: 'T', locale: 'zh', rows, columns } }).body);
    expect(zh).toContain('<th scope="row" lang="en">SEA-ME-WE 3</th><td lang="en">China - Maldives</td>');
    expect(zh).toContain('<th scope="row" lang="en">APCN-2</th><td>中国—新加坡自由贸易协定</td>');
  });
});
