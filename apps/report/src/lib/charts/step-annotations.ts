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

/** A date on a timeline's axis: "2017", "2017-10" or "2017-10-18" as a decimal year (the axis Timeline draws). */
const time = (v: number | string | undefined, where: string): number => {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(String(v ?? ''));
  if (!m)
    throw new Error(
      `${where}: annotation y is not a date (got ${JSON.stringify(v)}, expected YYYY, YYYY-MM or YYYY-MM-DD)`
    );
  return Number(m[1]) + (Number(m[2] ?? 1) - 1) / 12 + (Number(m[3] ?? 1) - 1) / 365;
};

/** Line charts: points and callouts take their y from the named series. */
function onLines(o: { annotations: StepAnnotation[]; chart: Extract<ChartPayload, { kind: 'line' }>; where: string }) {
  const series = o.chart.props.series;
  return o.annotations.map((a): Annotation => {
    if (a.kind === 'band')
      return { kind: 'band', x0: num(a.x0, 'x0', o.where), x1: num(a.x1, 'x1', o.where), label: a.label };
    if (a.kind === 'threshold') return { kind: 'threshold', y: num(a.y, 'y', o.where), label: a.label };
    if (a.kind === 'rule') return { kind: 'rule', x: num(a.x, 'x', o.where), label: a.label };
    const x = num(a.x, 'x', o.where);
    const s = series.find((x) => x.id === a.series);
    if (!s) throw new Error(`${o.where}: annotation "${a.label}" names series "${a.series}", not in the chart`);
    const y = s.points.find((p) => p.x === x)?.y;
    if (y == null) throw new Error(`${o.where}: series "${a.series}" has no value in ${x} for annotation "${a.label}"`);
    return { kind: a.kind, x, y, label: a.label };
  });
}

/**
 * Charts whose rows are categories (bars, beeswarms): a rule at a value, given as `x` or read from the data — a bar's
 * `series: "<row>.<value key>"`, a beeswarm dot's `series: "<id>"`.
 */
function onRows(o: {
  annotations: StepAnnotation[];
  chart: Extract<ChartPayload, { kind: 'bar' | 'beeswarm' }>;
  where: string;
}) {
  const valueOf = (ref: string, label: string): number => {
    if (o.chart.kind === 'bar') {
      const [row, key] = ref.split('.');
      const v = o.chart.props.data.find((d) => d.id === row)?.values[key];
      if (v == null)
        throw new Error(`${o.where}: annotation "${label}" names "${ref}", not a bar of the chart (row.key)`);
      return v;
    }
    const v = o.chart.props.data.find((d) => d.id === ref)?.value;
    if (v == null) throw new Error(`${o.where}: annotation "${label}" names "${ref}", not a dot of the chart`);
    return v;
  };
  return o.annotations.map((a): Annotation => {
    if (a.kind !== 'rule')
      throw new Error(`${o.where}: a ${o.chart.kind} chart takes rules at a value (got ${a.kind} "${a.label}")`);
    return { kind: 'rule', x: a.series ? valueOf(a.series, a.label) : num(a.x, 'x', o.where), label: a.label };
  });
}

/**
 * A step's annotations in its chart's coordinates: on a line chart every kind (points read their y from the named
 * series); on bars and beeswarms rules at a value; on a timeline thresholds at a date (`y`: YYYY, YYYY-MM).
 */
export function stepAnnotations(o: { annotations: StepAnnotation[]; chart: ChartPayload }): Annotation[] {
  const where = `chart ${o.chart.id}`;
  const chart = o.chart;
  if (chart.kind === 'line') return onLines({ annotations: o.annotations, chart, where });
  if (chart.kind === 'bar' || chart.kind === 'beeswarm') return onRows({ annotations: o.annotations, chart, where });
  if (chart.kind === 'timeline')
    return o.annotations.map((a): Annotation => {
      if (a.kind !== 'threshold')
        throw new Error(`${where}: a timeline takes thresholds at a date (got ${a.kind} "${a.label}")`);
      return { kind: 'threshold', y: time(a.y, where), label: a.label };
    });
  throw new Error(`${where}: annotations need a line, bar, beeswarm or timeline chart (got ${chart.kind})`);
}
