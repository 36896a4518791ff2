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
 * Compares `svg` with test/output/<name>.svg. A missing golden file is written (review it before committing);
 * a mismatch writes <name>-changed.svg next to it and fails.
 */
export function expectSnapshot(name: string, svg: string): void {
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
