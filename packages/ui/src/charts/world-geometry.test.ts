import { describe, expect, it } from 'vitest';
import { worldGeometry } from './world-geometry.ts';

/** The absolute pixels of compact path data (M x,y then relative l dx,dy steps). */
function vertices(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const [, cmd, x, y] of d.matchAll(/([Ml])(-?\d+),(-?\d+)/g)) {
    const last = out[out.length - 1];
    out.push(cmd === 'M' || !last ? [Number(x), Number(y)] : [last[0] + Number(x), last[1] + Number(y)]);
  }
  return out;
}

describe('worldGeometry', () => {
  const g = worldGeometry();

  it('projects every country but Antarctica at the reference width, fitted tightly', () => {
    expect(g.width).toBe(960);
    // Equal Earth without Antarctica is a little under half as tall as wide.
    expect(g.height / g.width).toBeGreaterThan(0.4);
    expect(g.height / g.width).toBeLessThan(0.5);
    expect(g.outlines).toHaveLength(176);
    expect(g.outlines.map((o) => o.id)).not.toContain('010');
    expect(g.outlines.find((o) => o.id === '156')?.d).toMatch(/^M\d+,\d+l-?\d+,-?\d+/);
  });

  it('keeps paths and small-state points inside the frame, in whole pixels', () => {
    const coords = g.outlines.flatMap((o) => [...o.d.matchAll(/-?\d+(\.\d+)?/g)].map((m) => m[0]));
    expect(coords.every((c) => !c.includes('.'))).toBe(true);
    const xs = g.outlines.flatMap((o) => vertices(o.d).map(([x]) => x));
    const ys = g.outlines.flatMap((o) => vertices(o.d).map(([, y]) => y));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...xs)).toBeLessThanOrEqual(g.width + 1);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...ys)).toBeLessThanOrEqual(g.height + 1);
    for (const p of g.points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(g.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(g.height);
    }
  });

  it('places Singapore (702) south-east of China (156) and west of Papua New Guinea (598)', () => {
    const sg = g.points.find((p) => p.id === '702');
    const chinaXs = vertices(g.outlines.find((o) => o.id === '156')?.d ?? '').map(([x]) => x);
    const png = vertices(g.outlines.find((o) => o.id === '598')?.d ?? '').map(([x]) => x);
    expect(sg).toBeDefined();
    expect(sg!.x).toBeGreaterThan(Math.min(...chinaXs));
    expect(sg!.x).toBeLessThan(Math.min(...png));
  });

  it('keeps a country that is only specks at a narrow width as a dot (Luxembourg, 442, at 440 px)', () => {
    const narrow = worldGeometry(440);
    expect(narrow.outlines.map((o) => o.id)).not.toContain('442');
    const lux = narrow.points.find((p) => p.id === '442');
    const belgium = vertices(narrow.outlines.find((o) => o.id === '056')?.d ?? '');
    expect(lux).toBeDefined();
    // Just east of Belgium, within a few pixels of it.
    expect(lux!.x).toBeGreaterThan(Math.min(...belgium.map(([x]) => x)));
    expect(lux!.x).toBeLessThan(Math.max(...belgium.map(([x]) => x)) + 4);
  });

  it('is computed once per width', () => {
    expect(worldGeometry()).toBe(g);
    expect(worldGeometry(480).width).toBe(480);
  });
});
