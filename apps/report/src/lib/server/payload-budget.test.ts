import { gzipSync } from 'node:zlib';
import { MAX_PAYLOAD_GZIP_BYTES } from '@dtr/data';
import { describe, expect, it } from 'vitest';
import { editionYears } from './edition';
import { storyData } from './story-data';

// The 50 KB budget is on what the browser loads for one chart (an embed's data), not on the edition's series files.
describe('chart payload budget', () => {
  for (const year of editionYears) {
    for (const locale of ['en', 'zh'] as const) {
      it(`every chart payload of edition ${year} (${locale}) is at most 50 KB gzipped`, () => {
        const sizes = Object.entries(storyData(year, locale).charts).map(
          ([id, chart]) => [id, gzipSync(JSON.stringify(chart)).length] as const
        );
        expect(sizes.length).toBeGreaterThan(0);
        expect(sizes.filter(([, bytes]) => bytes > MAX_PAYLOAD_GZIP_BYTES)).toEqual([]);
      });
    }
  }
});
