import { gzipSync } from 'node:zlib';
import { MAX_PAYLOAD_GZIP_BYTES } from '@dtr/data';
import { stringify } from 'devalue';
import { describe, expect, it } from 'vitest';
import { editionYears } from './edition';
import { load as indexRankingEmbed } from '../../routes/[[lang=lang]]/embed/[edition]/index-ranking/+page.server';
import { indexEditions } from './index-data';
import { storyData } from './story-data';

// The 50 KB budget is on what the browser loads for one chart (an embed's data), not on the edition's series files.
describe('chart payload budget', () => {
  for (const year of editionYears) {
    for (const locale of ['en', 'zh'] as const) {
      it(`every chart payload of edition ${year} (${locale}) is at most 50 KB gzipped`, () => {
        const sizes = Object.entries(storyData(year, locale).charts).map(
          ([id, chart]) => [id, gzipSync(stringify(chart)).length] as const
        );
        expect(sizes.length).toBeGreaterThan(0);
        expect(sizes.filter(([, bytes]) => bytes > MAX_PAYLOAD_GZIP_BYTES)).toEqual([]);
      });
      it(`the cable map of edition ${year} (${locale}) stays 10 KB under the budget`, () => {
        const cables = storyData(year, locale).charts['data-cable-map'];
        // Absent from an edition without cable data; where present, at most 40 KB gzipped (36 KB in 2026).
        if (cables) expect(gzipSync(stringify(cables)).length).toBeLessThanOrEqual(MAX_PAYLOAD_GZIP_BYTES - 10 * 1024);
      });
    }
  }

  for (const year of indexEditions) {
    it(`the index-ranking embed of edition ${year} loads at most 50 KB gzipped`, async () => {
      const data = await indexRankingEmbed({ params: { edition: String(year) } } as never);
      // devalue is how SvelteKit writes the embed's __data.json, which is what the browser downloads.
      expect(gzipSync(stringify(data)).length).toBeLessThanOrEqual(MAX_PAYLOAD_GZIP_BYTES);
    });
  }
});
