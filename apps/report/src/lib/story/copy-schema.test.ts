import { readdirSync, readFileSync } from 'node:fs';
import { parseWith } from '@dtr/data';
import { describe, expect, it } from 'vitest';
import { sectionCopySchema, storyMetaSchema, storyOutlineSchema } from './copy-schema';

const contentDir = new URL('../../content/', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, contentDir), 'utf8'));
const copyFiles = readdirSync(contentDir).flatMap((year) =>
  ['en', 'zh'].flatMap((locale) =>
    readdirSync(new URL(`${year}/${locale}/`, contentDir)).map((name) => `${year}/${locale}/${name}`)
  )
);

describe('copy schemas', () => {
  it('every committed copy file (meta and sections, en and zh) passes its schema', () => {
    expect(copyFiles.length).toBeGreaterThanOrEqual(18);
    for (const path of copyFiles) {
      const schema = path.endsWith('/meta.json') ? storyMetaSchema : sectionCopySchema;
      expect(() => parseWith({ schema, value: read(path), file: path })).not.toThrow();
    }
  });

  it('every edition has a story.json listing its sections, and a misspelt key in it is named', () => {
    for (const year of readdirSync(contentDir)) {
      const outline = parseWith({ schema: storyOutlineSchema, value: read(`${year}/story.json`), file: 'story.json' });
      for (const id of outline.sections) expect(copyFiles).toContain(`${year}/en/${id}.json`);
    }
    expect(() => parseWith({ schema: storyOutlineSchema, value: { section: ['goods'] }, file: 'story.json' })).toThrow(
      'story.json:$.sections: expected array, got nothing (and 1 more)'
    );
  });

  it('a misspelt key in a step fails with the file and its JSON path', () => {
    const goods = read('2026/en/goods.json');
    goods.steps[1].hightlight = goods.steps[1].highlight;
    delete goods.steps[1].highlight;
    expect(() => parseWith({ schema: sectionCopySchema, value: goods, file: '2026/en/goods.json' })).toThrow(
      '2026/en/goods.json:$.steps[1].highlight: expected string, got nothing (and 1 more)'
    );
  });

  it('an unknown key in a chart copy and a missing meta field are named', () => {
    const goods = read('2026/en/goods.json');
    const first = Object.keys(goods.charts)[0];
    goods.charts[first].titel = 'x';
    expect(() => parseWith({ schema: sectionCopySchema, value: goods, file: 'g.json' })).toThrow(
      `g.json:$.charts["${first}"].titel: expected only the keys the schema defines, got an unknown key "titel"`
    );
    const meta = read('2026/zh/meta.json');
    delete meta.dek;
    expect(() => parseWith({ schema: storyMetaSchema, value: meta, file: 'm.json' })).toThrow(
      'm.json:$.dek: expected string, got nothing'
    );
  });
});
