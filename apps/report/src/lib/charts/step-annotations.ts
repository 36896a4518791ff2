import type { Annotation } from '@dtr/ui';
import type { StepAnnotation } from '$lib/story/story';
import type { ChartPayload } from './payload';

const num = (v: number | string | undefined, what: string, where: string): number => {
  // A resolved reference may carry digit grouping ("2,024" never, but "16,381" can).
  const text = typeof v === 'number' ? '' : String(v ?? '').replace(/[,\s\u202f]/g, '');
  const n = typeof v === 'number' ? v : text === '' ? NaN : Number(text);
  if (v === undefined || !Number.isFinite(n))
    throw new Error(`${where}: annotation ${what} is not a number (got ${JSON.stringify(v)})`);
  return n;
};

/** A step's annotations in a line chart's coordinates: points and callouts take their y from the named series. */
export function stepAnnotations(o: { annotations: StepAnnotation[]; chart: ChartPayload }): Annotation[] {
  const where = `chart ${o.chart.id}`;
  if (o.chart.kind !== 'line') throw new Error(`${where}: annotations need a line chart (got ${o.chart.kind})`);
  const series = o.chart.props.series;
  return o.annotations.map((a): Annotation => {
    if (a.kind === 'band')
      return { kind: 'band', x0: num(a.x0, 'x0', where), x1: num(a.x1, 'x1', where), label: a.label };
    if (a.kind === 'threshold') return { kind: 'threshold', y: num(a.y, 'y', where), label: a.label };
    if (a.kind === 'rule') return { kind: 'rule', x: num(a.x, 'x', where), label: a.label };
    const x = num(a.x, 'x', where);
    const s = series.find((x) => x.id === a.series);
    if (!s) throw new Error(`${where}: annotation "${a.label}" names series "${a.series}", not in the chart`);
    const y = s.points.find((p) => p.x === x)?.y;
    if (y == null) throw new Error(`${where}: series "${a.series}" has no value in ${x} for annotation "${a.label}"`);
    return { kind: a.kind, x, y, label: a.label };
  });
}
