import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEditionConfig } from './read-edition-config.ts';

const dir = mkdtempSync(join(tmpdir(), 'dtr-edition-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readEditionConfig', () => {
  it("readEditionConfig reads the committed 2026 edition's settings", () => {
    const configDir = new URL('../../editions/2026/config/', import.meta.url).pathname;
    expect(readEditionConfig({ configDir })).toEqual({ published: '2026-12-01' });
  });

  it('readEditionConfig rejects a misspelt key and a bad date with the JSON path', () => {
    writeFileSync(join(dir, 'edition.json'), '{"published":"2027-12-01","step":1}');
    expect(() => readEditionConfig({ configDir: dir })).toThrow(`${join(dir, 'edition.json')}:$.step: expected only the keys the schema defines, got an unknown key "step"`);
    writeFileSync(join(dir, 'edition.json'), '{"published":"1 Dec 2027"}');
    expect(() => readEditionConfig({ configDir: dir })).toThrow(`${join(dir, 'edition.json')}:$.published:`);
  });

  it('readEditionConfig says how to create the file when it is missing', () => {
    expect(() => readEditionConfig({ configDir: join(dir, 'none') })).toThrow(
      "edition.json: expected the edition's settings (run pnpm edition new <year>), got no such file"
    );
  });
});
