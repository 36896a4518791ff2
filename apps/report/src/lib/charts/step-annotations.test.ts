import { describe, expect, it } from 'vitest';
import type { ChartPayload } from './payload';
import { stepAnnotations } from './step-annotations';

const chart = {
  id: 'data-secure-servers',
  kind: 'line',
  props: {
    title: 't',
    series: [
      {
        id: 'CHN',
        label: 'China',
        points: [
          { x: 2023, y: 1508.4 },
          { x: 2024, y: 1413.3 }
        ]
      },
      { id: 'WLD', label: 'World', points: [{ x: 2024, y: 16381.5 }] }
    ]
  }
} as unknown as ChartPayload;

describe('stepAnnotations', () => {
  it('reads a point’s y from the named series and turns resolved references into numbers', () => {
    expect(
      stepAnnotations({
        chart,
        annotations: [
          { kind: 'band', x0: 2016, x1: '2018', label: 'Definition changes' },
          { kind: 'callout', x: '2024', series: 'CHN', label: 'China, 1,413' }
        ]
      })
    ).toEqual([
      { kind: 'band', x0: 2016, x1: 2018, label: 'Definition changes' },
      { kind: 'callout', x: 2024, y: 1413.3, label: 'China, 1,413' }
    ]);
  });
  it('fails precisely on a series the chart does not have, a year without data, or a year that is not a number', () => {
    expect(() =>
      stepAnnotations({ chart, annotations: [{ kind: 'point', x: 2024, series: 'USA', label: 'x' }] })
    ).toThrow('chart data-secure-servers: annotation "x" names series "USA", not in the chart');
    expect(() =>
      stepAnnotations({ chart, annotations: [{ kind: 'point', x: 2023, series: 'WLD', label: 'y' }] })
    ).toThrow('series "WLD" has no value in 2023');
    expect(() => stepAnnotations({ chart, annotations: [{ kind: 'rule', x: 'soon', label: 'z' }] })).toThrow(
      'annotation x is not a number (got "soon")'
    );
  });
});

describe('stepAnnotations on bars, beeswarms and timelines', () => {
  const bars = {
    id: 'rules-ip',
    kind: 'bar',
    props: { data: [{ id: 'CHN', label: 'China', values: { receipts: 13.1, payments: 46.6 } }], series: [] }
  } as unknown as ChartPayload;
  const swarm = {
    id: 'bri-idi',
    kind: 'beeswarm',
    props: { data: [{ id: 'CHN', label: 'China', value: 86.1, group: 'member' }], groups: [] }
  } as unknown as ChartPayload;
  const timeline = { id: 'rules-timeline', kind: 'timeline', props: { events: [] } } as unknown as ChartPayload;

  it('reads a rule’s value from the bar or dot it names, or takes it as given', () => {
    expect(
      stepAnnotations({ chart: bars, annotations: [{ kind: 'rule', series: 'CHN.payments', label: 'p' }] })
    ).toEqual([{ kind: 'rule', x: 46.6, label: 'p' }]);
    expect(stepAnnotations({ chart: swarm, annotations: [{ kind: 'rule', series: 'CHN', label: 'c' }] })).toEqual([
      { kind: 'rule', x: 86.1, label: 'c' }
    ]);
    expect(stepAnnotations({ chart: swarm, annotations: [{ kind: 'rule', x: '61.4', label: 'm' }] })).toEqual([
      { kind: 'rule', x: 61.4, label: 'm' }
    ]);
  });
  it('puts a timeline threshold at the decimal year of its date', () => {
    const out = stepAnnotations({
      chart: timeline,
      annotations: [
        { kind: 'threshold', y: '2017', label: 'a' },
        { kind: 'threshold', y: '2017-10', label: 'b' }
      ]
    });
    expect(out).toEqual([
      { kind: 'threshold', y: 2017, label: 'a' },
      { kind: 'threshold', y: 2017 + 9 / 12, label: 'b' }
    ]);
  });
  it('fails precisely on a bar the chart lacks, a kind the chart cannot draw, or a date it cannot read', () => {
    expect(() =>
      stepAnnotations({ chart: bars, annotations: [{ kind: 'rule', series: 'USA.payments', label: 'u' }] })
    ).toThrow('chart rules-ip: annotation "u" names "USA.payments", not a bar of the chart (row.key)');
    expect(() => stepAnnotations({ chart: swarm, annotations: [{ kind: 'band', x0: 1, x1: 2, label: 'b' }] })).toThrow(
      'chart bri-idi: a beeswarm chart takes rules at a value (got band "b")'
    );
    expect(() =>
      stepAnnotations({ chart: timeline, annotations: [{ kind: 'threshold', y: 'Oct 2017', label: 't' }] })
    ).toThrow(
      'chart rules-timeline: annotation y is not a date (got "Oct 2017", expected YYYY, YYYY-MM or YYYY-MM-DD)'
    );
  });
});
