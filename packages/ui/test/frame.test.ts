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
});
