import { describe, expect, it } from 'vitest';
import { pageLanguage } from './page-language';

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>T</title></head><body>${body}</body></html>`;
const allow = new Set(['TeleGeography', 'T']);

describe('pageLanguage (the build-time language check, per page)', () => {
  it('fails a Chinese page on an English cable name in a table cell, and passes it once the cell is marked lang="en"', () => {
    const bare = pageLanguage({
      html: page('zh-CN', '<table><tr><th scope="row">Asia Pacific Gateway</th></tr></table>'),
      allow
    });
    expect(bare.found.map((f) => [f.word, f.where])).toEqual([
      ['Asia', 'th'],
      ['Pacific', 'th'],
      ['Gateway', 'th']
    ]);
    const marked = pageLanguage({
      html: page('zh-CN', '<table><tr><th scope="row" lang="en">Asia Pacific Gateway</th></tr></table>'),
      allow
    });
    expect(marked).toEqual({ lang: 'zh-CN', found: [], marked: 1 });
  });

  it('judges an SVG label by the lang of its tspan, and a licensor’s quoted wording by its span', () => {
    const svg = '<svg><text>2025年1月 <tspan lang="en" xml:lang="en">China - Maldives</tspan></text></svg>';
    const licence = '<p>许可：TeleGeography，海底光缆地图：“<span lang="en">Our map is made available</span>”</p>';
    expect(pageLanguage({ html: page('zh-CN', svg + licence), allow }).found).toEqual([]);
    const unmarked = '<p>许可：TeleGeography，海底光缆地图：“Our map”</p>';
    expect(pageLanguage({ html: page('zh-CN', unmarked), allow }).found.map((f) => f.word)).toEqual(['Our', 'map']);
  });

  it('fails an English page on Han characters outside a lang="zh-CN" element', () => {
    const html = page('en', '<p>Source: 国家统计局</p><p lang="zh-CN">国家统计局</p>');
    expect(pageLanguage({ html, allow }).found).toEqual([
      { kind: 'han', word: '国家统计局', where: 'p', context: 'Source: 国家统计局' }
    ]);
  });

  it('reports a page without <html lang> instead of passing it', () => {
    const found = pageLanguage({ html: '<html><body><p>not stated</p></body></html>', allow }).found;
    expect(found.map((f) => f.word)).toEqual(['<html lang> missing']);
  });
});
