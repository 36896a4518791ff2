import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepFigures } from './step-figures';

const content = new URL('../../content', import.meta.url).pathname;
const REFERENCE = /\{(?:calc|claim|series|rank|spec|edition)(?::[^}]*)?\}/g;

interface StoryFile {
  steps?: { id: string; text: string; more?: string }[];
}
const files = readdirSync(content).flatMap((edition) =>
  readdirSync(join(content, edition, 'en'))
    .filter((f) => f.endsWith('.json') && f !== 'meta.json')
    .map((f) => ({ edition, section: f.replace('.json', '') }))
);
const read = (edition: string, locale: string, section: string) =>
  JSON.parse(readFileSync(join(content, edition, locale, `${section}.json`), 'utf8')) as StoryFile;

describe('story copy', () => {
  it('finds the story sections', () => expect(files.length).toBeGreaterThanOrEqual(8));
  for (const { edition, section } of files) {
    for (const locale of ['en', 'zh']) {
      it(`${edition}/${locale}/${section}: every step carries at most three figures (years and dates aside)`, () => {
        for (const step of read(edition, locale, section).steps ?? []) {
          expect(stepFigures(step.text).length, `${step.id}: ${step.text}`).toBeLessThanOrEqual(3);
        }
      });
    }
    it(`${edition}/${section}: English and Chinese use exactly the same references`, () => {
      const refs = (locale: string) =>
        [
          ...new Set(readFileSync(join(content, edition, locale, `${section}.json`), 'utf8').match(REFERENCE) ?? [])
        ].sort();
      expect(refs('zh')).toEqual(refs('en'));
    });
  }
});
