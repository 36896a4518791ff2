import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJsonFile } from './read-json-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'dtr-read-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readJsonFile', () => {
  it('readJsonFile returns the parsed value', () => {
    writeFileSync(join(dir, 'ok.json'), '{"a":[1,2]}');
    expect(readJsonFile({ file: join(dir, 'ok.json') })).toEqual({ a: [1, 2] });
  });

  it('readJsonFile names the file and the parser error when it is not JSON', () => {
    writeFileSync(join(dir, 'bad.json'), '{"a":');
    expect(() => readJsonFile({ file: join(dir, 'bad.json') })).toThrow(`${join(dir, 'bad.json')}: expected valid JSON, got`);
  });
});
