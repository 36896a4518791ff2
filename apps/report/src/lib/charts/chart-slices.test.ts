import { describe, expect, it, vi } from 'vitest';
import { ChartSlices, chartSliceUrl } from './chart-slices.svelte';

const payload = (id: string) => new Response(JSON.stringify({ id, kind: 'line' }), { status: 200 });

describe('ChartSlices', () => {
  it('publishes slices per locale and edition', () => {
    expect(chartSliceUrl('en', 2026, 'dds-china')).toBe('/charts/2026/dds-china.json');
    expect(chartSliceUrl('zh', 2026, 'dds-china')).toBe('/zh/charts/2026/dds-china.json');
  });

  it('fetches each chart once, however often its section asks', async () => {
    const fetcher = vi.fn(async (url: string | URL | Request) => payload(String(url).split('/').pop()!.slice(0, -5)));
    const slices = new ChartSlices('en', 2026, fetcher as typeof fetch);
    slices.load(['a', 'b', 'a']);
    slices.load(['b']);
    await vi.waitFor(() => expect(slices.get('b')?.status).toBe('ready'));
    expect(fetcher).toHaveBeenCalledTimes(2);
    expect(slices.get('a')).toEqual({ status: 'ready', chart: { id: 'a', kind: 'line' } });
  });

  it('marks a failed slice, and a retry after the failure loads it', async () => {
    let fail = true;
    const fetcher = vi.fn(async () => (fail ? new Response('', { status: 404 }) : payload('a')));
    const slices = new ChartSlices('en', 2026, fetcher as typeof fetch);
    slices.load(['a']);
    await vi.waitFor(() => expect(slices.get('a')).toEqual({ status: 'failed', message: 'HTTP 404' }));
    slices.load(['a']);
    expect(fetcher).toHaveBeenCalledTimes(1);
    fail = false;
    slices.retry('a');
    await vi.waitFor(() => expect(slices.get('a')?.status).toBe('ready'));
  });

  it('refuses a slice that is not the chart asked for', async () => {
    const slices = new ChartSlices('en', 2026, (async () => payload('other')) as typeof fetch);
    slices.load(['a']);
    await vi.waitFor(() => expect(slices.get('a')).toEqual({ status: 'failed', message: 'unexpected content' }));
  });
});
