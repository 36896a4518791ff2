import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import EmbedMapFixture from '../../test/EmbedMapFixture.svelte';
import { worldGeometry } from '../charts/world-geometry.ts';
import { worldRoutes } from '../charts/world-routes.ts';
import { resolveUses } from './resolve-uses.ts';
import { serializeSvg } from './serialize-svg.ts';

// Ten real cables and the first landing point of 20 countries from the 2026 edition's map file (TeleGeography, Nov 2022).
const map = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../data/editions/2026/geo/cables.json'), 'utf8')
) as {
  cables: { planned: boolean; lines: number[][] }[];
  landingPoints: { lonLat: number[] }[];
};
const overlay = worldRoutes({
  routes: map.cables.slice(0, 10).map((c) => ({ category: c.planned ? 'planned' : 'cable', lines: c.lines })),
  points: map.landingPoints.slice(0, 20).map((p) => ({ category: 'point', lon: p.lonLat[0], lat: p.lonLat[1] }))
});
// The chart is rendered as the server does; a DOM (happy-dom) stands in for the browser the export runs in.
const window = new Window();
const document = window.document as unknown as Document;
Object.assign(globalThis, {
  document,
  getComputedStyle: window.getComputedStyle.bind(window),
  XMLSerializer: window.XMLSerializer
});
document.body.innerHTML = render(EmbedMapFixture, { props: { geometry: worldGeometry(440), overlay } }).body;
const layouts = [...document.querySelectorAll<SVGSVGElement>('.dtr-layout svg')];
const dangling = (svg: string) =>
  [...svg.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]).filter((id) => !svg.includes(`id="${id}"`));

describe('resolveUses (a layout that uses the drawings another layout holds)', () => {
  it('the embed prerenders six layouts; the widest holds the outlines, routes and points and the other five use them', () => {
    expect(layouts).toHaveLength(6);
    expect(layouts[0].querySelectorAll('use')).toHaveLength(0);
    for (const svg of layouts.slice(1)) expect(svg.querySelectorAll('use')).toHaveLength(4);
  });

  it('copies every used drawing into the 280 px layout: no <use> left, as many paths as the widest layout draws', () => {
    const phone = resolveUses({ svg: layouts[5] });
    expect(phone.querySelectorAll('use')).toHaveLength(0);
    expect(phone.querySelectorAll('path')).toHaveLength(layouts[0].querySelectorAll('path').length);
    // 20 landing points at distinct pixels or fewer, each a halo and a dot, under this layout's own point sizes.
    const points = phone.querySelector('.route-points');
    expect(points?.getAttribute('style')).toBe(layouts[5].querySelector('.route-points')?.getAttribute('style'));
    expect(points?.querySelectorAll('path').length).toBe(overlay.points[0].xy.length);
  });

  it('leaves the page without a second element of any id', () => {
    const ids = [...resolveUses({ svg: layouts[3] }).querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((id) => document.getElementById(id) !== null && !layouts[3].querySelector(`#${id}`))).toEqual([]);
  });

  it('fails with the reference when a used drawing is not in the page', () => {
    const lone = layouts[4].cloneNode(true) as SVGSVGElement;
    lone.querySelector('use')?.setAttribute('href', '#nowhere');
    const detached = document.createElement('div');
    detached.append(lone);
    expect(() => resolveUses({ svg: lone })).toThrow('<use href="#nowhere"> references no element of the page');
  });
});

describe('serializeSvg of a layout other than the first', () => {
  const text = {
    title: 'Cables',
    footer: ['Licence: CC BY-NC-SA 3.0'],
    background: '#fff',
    foreground: '#111',
    muted: '#555'
  };

  it('is a file with no dangling href="#…" (the 350 px layout)', () => {
    const file = serializeSvg(layouts[4], text);
    expect(file).not.toContain('<use');
    expect(dangling(file)).toEqual([]);
    expect(file.match(/<path/g)?.length).toBe(layouts[0].querySelectorAll('path').length);
  });

  it('puts nothing in the page it exports from', () => {
    const before = document.body.innerHTML;
    serializeSvg(layouts[2], text);
    expect(document.body.innerHTML).toBe(before);
  });
});
