import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scaffoldEdition } from './scaffold-edition.ts';

let work: string;
let contentDir: string;
let editionsDir: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'dtr-scaffold-'));
  contentDir = join(work, 'content');
  editionsDir = join(work, 'editions');
  mkdirSync(join(editionsDir, '2026', 'config'), { recursive: true });
  writeFileSync(join(editionsDir, '2026', 'config', 'framework.json'), '{"code":"DTDI"}');
  writeFileSync(join(editionsDir, '2026', 'config', 'edition.json'), '{"published":"2026-12-01"}');
  mkdirSync(join(contentDir, '2026'), { recursive: true });
  writeFileSync(join(contentDir, '2026', 'story.json'), '{"sections":["goods"]}');
  writeFileSync(join(contentDir, '2026', 'charts.json'), '{"goods":{}}');
  for (const locale of ['en', 'zh']) {
    mkdirSync(join(contentDir, '2026', locale), { recursive: true });
    writeFileSync(join(contentDir, '2026', locale, 'meta.json'), `{"title":"${locale}"}`);
  }
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('scaffoldEdition', () => {
  it("scaffoldEdition copies the latest edition's config/ with the new publication date, the copy in both locales, story.json and charts.json", () => {
    const r = scaffoldEdition({ year: 2027, contentDir, editionsDir });
    expect(JSON.parse(readFileSync(join(editionsDir, '2027/config/edition.json'), 'utf8'))).toEqual({
      published: '2027-12-01'
    });
    expect(readFileSync(join(editionsDir, '2026/config/edition.json'), 'utf8')).toBe('{"published":"2026-12-01"}');
    expect(readFileSync(join(editionsDir, '2027/config/framework.json'), 'utf8')).toBe('{"code":"DTDI"}');
    expect(readFileSync(join(contentDir, '2027/zh/meta.json'), 'utf8')).toBe('{"title":"zh"}');
    expect(readFileSync(join(contentDir, '2027/story.json'), 'utf8')).toBe('{"sections":["goods"]}');
    expect(readFileSync(join(contentDir, '2027/charts.json'), 'utf8')).toBe('{"goods":{}}');
    expect(r.created).toContain(join(contentDir, '2027/charts.json'));
    expect(r.from).toBe(2026);
    expect(r.checklist.some((item) => item.includes('pnpm edition diff 2026 2027'))).toBe(true);
  });

  it('scaffoldEdition refuses a year that is not after the latest edition, writing nothing', () => {
    expect(() => scaffoldEdition({ year: 2026, contentDir, editionsDir })).toThrow(
      'column year: expected a year after the latest edition 2026, got 2026'.replace('column year', 'year')
    );
    expect(existsSync(join(contentDir, '2027'))).toBe(false);
    expect(existsSync(join(editionsDir, '2027'))).toBe(false);
  });
});
