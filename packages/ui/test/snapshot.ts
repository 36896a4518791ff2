import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { expect } from 'vitest';

const outputDir = new URL('./output/', import.meta.url);

/** Server-renders a component and returns its first <svg>…</svg>, with hydration comments removed and numbers rounded. */
export function renderSvg<P extends object>(component: Component<P>, props: NoInfer<P>): string {
  const { body } = render(component, { props });
  const start = body.indexOf('<svg');
  const end = body.indexOf('</svg>', start);
  if (start < 0 || end < 0) throw new Error('component rendered no <svg>');
  return normalise(body.slice(start, end + '</svg>'.length));
}

/**
 * The prerendered layouts of a chart: the desktop one (the server width) and the phone one (280 px, chosen by a
 * container query below 350 px), each as normalised SVG. A chart drawn below 640 px has one layout, used for both.
 */
export function renderLayouts<P extends object>(component: Component<P>, props: NoInfer<P>): Layouts {
  const { body } = render(component, { props });
  const svgIn = (html: string) => {
    const start = html.indexOf('<svg');
    if (start < 0) throw new Error('component rendered no <svg>');
    return normalise(html.slice(start, html.indexOf('</svg>', start) + '</svg>'.length));
  };
  const phone = body.indexOf('data-tier="w280"');
  return { wide: svgIn(body), phone: phone < 0 ? undefined : svgIn(inlineUses(body, body.slice(phone))) };
}

/**
 * Replaces each `<use href="#id">` in `part` with the group of that id from `body` (the markup the widest layout draws
 * once for all layouts, context.ts `shared`), so a phone golden file is a whole picture of its own.
 */
function inlineUses(body: string, part: string): string {
  return part.replace(/<use href="#([^"]+)"\s*(?:\/>|><\/use>)/g, (use, id: string) => {
    const start = body.indexOf(`<g id="${id}">`);
    if (start < 0) throw new Error(`no element #${id} for ${use}`);
    return body.slice(start, body.indexOf('</g>', start) + '</g>'.length);
  });
}

export interface Layouts {
  wide: string;
  phone?: string;
}

/** Server HTML without hydration comments and scoped-style class hashes, for assertions on markup. */
export function cleanHtml(html: string): string {
  return html.replace(/<!--[^]*?-->/g, '').replace(/ class="([^"]*)"/g, (_, names: string) => {
    const kept = names.split(/\s+/).filter((n) => n && !n.startsWith('svelte-'));
    return kept.length ? ` class="${kept.join(' ')}"` : '';
  });
}

/** Rounds every decimal to 3 places (as Observable Plot's snapshots do) and drops Svelte's hydration markers. */
export function normalise(svg: string): string {
  return (
    svg
      .replace(/<!--[^]*?-->/g, '')
      // Scoped-style hashes change with any CSS edit; they are not part of the picture.
      .replace(/ class="([^"]*)"/g, (_, names: string) => {
        const kept = names.split(/\s+/).filter((n) => n && !n.startsWith('svelte-'));
        return kept.length ? ` class="${kept.join(' ')}"` : '';
      })
      .replace(/\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
      // One element per line keeps diffs of golden files reviewable.
      .replace(/></g, '>\n<') + '\n'
  );
}

/**
 * Compares `svg` with test/output/<name>.svg (and a chart's phone layout with <name>.phone.svg). A missing golden file is written (review it before committing);
 * a mismatch writes <name>-changed.svg next to it and fails.
 */
export function expectSnapshot(name: string, svg: string | Layouts): void {
  if (typeof svg !== 'string') {
    expectSnapshot(name, svg.wide);
    if (svg.phone) expectSnapshot(`${name}.phone`, svg.phone);
    return;
  }
  mkdirSync(outputDir, { recursive: true });
  const golden = new URL(`${name}.svg`, outputDir);
  const changed = new URL(`${name}-changed.svg`, outputDir);
  if (!existsSync(golden)) {
    if (process.env.CI) throw new Error(`missing golden file test/output/${name}.svg`);
    writeFileSync(golden, svg);
    return;
  }
  const expected = readFileSync(golden, 'utf8');
  if (expected === svg) {
    if (existsSync(changed)) unlinkSync(changed);
    return;
  }
  writeFileSync(changed, svg);
  expect(svg, `test/output/${name}-changed.svg differs from ${name}.svg`).toBe(expected);
}
