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
