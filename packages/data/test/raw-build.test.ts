import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEdition } from '../src/edition/build-edition.ts';
import { sharedInput } from './shared-input.ts';
import { readSourcesConfig } from '../src/edition/read-sources-config.ts';
import { editionSteps } from '../src/edition/edition-steps.ts';
import { readEditionConfig } from '../src/edition/read-edition-config.ts';
import { readConsistencyChecks } from '../src/edition/read-consistency-checks.ts';

const sources = readSourcesConfig({ configDir: new URL('../editions/2026/config/', import.meta.url).pathname });

// The real raw folder sits outside the repository (../shared/data/raw); CI has it, and fails if it is missing.
const RAW = new URL('../../../../shared/data/raw', import.meta.url).pathname;
const COMMITTED = new URL('../editions/2026', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'dtr-raw-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!sharedInput(RAW, 'rebuild from the raw folder'))('2026 edition from the real raw folder', () => {
  it('rebuilding from the raw folder reproduces every committed file byte for byte', async () => {
    const { files } = await buildEdition({
      edition: 2026,
      rawDir: RAW,
      editionsDir: work,
      sources,
      checks: readConsistencyChecks({ configDir: join(COMMITTED, 'config') }),
      config: readEditionConfig({ configDir: join(COMMITTED, 'config') }),
      steps: editionSteps({ configDir: join(COMMITTED, 'config') })
    });
    expect(files.length).toBeGreaterThan(70);
    for (const file of files.filter((f) => f !== 'manifest.json')) {
      expect(readFileSync(join(work, '2026', file), 'utf8'), file).toBe(readFileSync(join(COMMITTED, file), 'utf8'));
    }
    const built = JSON.parse(readFileSync(join(work, '2026/manifest.json'), 'utf8'));
    const committed = JSON.parse(readFileSync(join(COMMITTED, 'manifest.json'), 'utf8'));
    // The committed manifest also lists the claims files, which the claims step adds.
    expect({ ...built, files: built.files.filter((f: string) => !f.startsWith('claims.')) }).toEqual({
      ...committed,
      files: committed.files.filter((f: string) => !f.startsWith('claims.'))
    });
  }, 600_000);
});
