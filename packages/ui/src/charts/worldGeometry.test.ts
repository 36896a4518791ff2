import { describe, expect, it } from 'vitest';
import { worldGeometry } from './worldGeometry.ts';

describe('worldGeometry', () => {
  const g = worldGeometry();

  it('projects every country but Antarctica at the reference width, fitted tightly', () => {
    expect(g.width).toBe(960);
    // Equal Earth without Antarctica is a little under half as tall as wide.
    expect(g.height / g.width).toBeGreaterThan(0.4);
    expect(g.height / g.width).toBeLessThan(0.5);
    expect(g.outlines).toHaveLength(176);
    expect(g.outlines.map((o) => o.id)).not.toContain('010');
    expect(g.outlines.find((o) => o.id === '156')?.d).toMatch(/^M\d+,\d+L/);
  });

  it('keeps paths and small-state points inside the frame, in whole pixels', () => {
    const coords = g.outlines.flatMap((o) => [...o.d.matchAll(/-?\d+(\.\d+)?/g)].map((m) => m[0]));
    expect(coords.every((c) => !c.includes('.'))).toBe(true);
    const xs = g.outlines.flatMap((o) => [...o.d.matchAll(/[ML](-?\d+),(-?\d+)/g)].map((m) => Number(m[1])));
    const ys = g.outlines.flatMap((o) => [...o.d.matchAll(/[ML](-?\d+),(-?\d+)/g)].map((m) => Number(m[2])));
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
    const chinaXs = [...(g.outlines.find((o) => o.id === '156')?.d ?? '').matchAll(/[ML](\d+),/g)].map((m) => +m[1]);
    const png = [...(g.outlines.find((o) => o.id === '598')?.d ?? '').matchAll(/[ML](\d+),/g)].map((m) => +m[1]);
    expect(sg).toBeDefined();
    expect(sg!.x).toBeGreaterThan(Math.min(...chinaXs));
    expect(sg!.x).toBeLessThan(Math.min(...png));
  });

  it('is computed once per width', () => {
    expect(worldGeometry()).toBe(g);
    expect(worldGeometry(480).width).toBe(480);
  });
});
