import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LineChart from './LineChart.svelte';

// Guangdong's share of China's foreign trade (NBS A060101, thousand US$): 25.92 % in 2016, 20.76 % in 2024.
const series = [
  {
    id: 'CN-GD',
    label: 'Guangdong',
    points: [
      { x: 2016, y: 0.2592 },
      { x: 2024, y: 0.2076 }
    ]
  }
];

describe('LineChart', () => {
  it('labels the value axis with the caller’s formatter (percentages), not compact numbers', () => {
    const { body } = render(LineChart, {
      props: { series, title: 'Share', formatY: (v: number) => `${Math.round(v * 100)}%` }
    });
    // The first layout (desktop); the phone layouts repeat the axis at their widths.
    const desktop = body.slice(body.indexOf('<svg'), body.indexOf('</svg>'));
    const ticks = [...desktop.matchAll(/<text[^>]*>(\d+%)<\/text>/g)].map((m) => m[1]);
    expect(ticks.length).toBeGreaterThan(2);
    expect(new Set(ticks).size).toBe(ticks.length);
    expect(body).not.toMatch(/>0\.3</);
  });
});
