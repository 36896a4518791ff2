import type { Locale } from '$lib/i18n/locale';
import { localePath } from '$lib/i18n/locale';
import type { ChartPayload } from './payload';

export type ChartSlice =
  { status: 'loading' } | { status: 'ready'; chart: ChartPayload } | { status: 'failed'; message: string };

/** Where one chart's data slice is published. */
export function chartSliceUrl(locale: Locale, edition: number, id: string): string {
  return localePath(locale, `/charts/${edition}/${id}.json`);
}

/**
 * The story's charts arrive prerendered as static markup; their data slices are fetched as the reader approaches a
 * section, and each chart becomes interactive when its slice is in. A slice that fails stays failed until `retry`.
 */
export class ChartSlices {
  #slices: Record<string, ChartSlice> = $state({});

  constructor(
    private readonly locale: Locale,
    private readonly edition: number,
    private readonly fetcher: typeof fetch = (...args) => fetch(...args)
  ) {}

  get(id: string): ChartSlice | undefined {
    return this.#slices[id];
  }

  /** Starts loading every chart in `ids` not already loading or loaded (a repeated id is marked loading at once). */
  load(ids: Iterable<string>): void {
    for (const id of ids) if (!this.#slices[id]) void this.#fetch(id);
  }

  retry(id: string): void {
    if (this.#slices[id]?.status === 'failed') void this.#fetch(id);
  }

  async #fetch(id: string): Promise<void> {
    this.#slices[id] = { status: 'loading' };
    try {
      const response = await this.fetcher(chartSliceUrl(this.locale, this.edition, id));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const chart = (await response.json()) as ChartPayload;
      if (chart?.id !== id) throw new Error('unexpected content');
      this.#slices[id] = { status: 'ready', chart };
    } catch (e) {
      this.#slices[id] = { status: 'failed', message: e instanceof Error ? e.message : String(e) };
    }
  }
}
