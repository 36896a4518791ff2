import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import MeasureFirstFixture from '../../test/MeasureFirstFixture.svelte';

const layouts = (html: string) => (html.match(/class="dtr-layout/g) ?? []).length;

describe('setMeasureFirst', () => {
  it('without it a chart not yet measured draws the prerendered layouts (desktop and two phone widths)', () => {
    const { body } = render(MeasureFirstFixture, { props: { measureFirst: false } });
    expect(layouts(body)).toBe(3);
    expect(body).toContain('<svg');
  });
  it('under it a chart draws nothing until its width is measured (then once, at that width, in the browser)', () => {
    const { body } = render(MeasureFirstFixture, { props: { measureFirst: true } });
    expect(layouts(body)).toBe(0);
    expect(body).not.toContain('<svg');
    expect(body).toContain('class="dtr-chart');
  });
});
