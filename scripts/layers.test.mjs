// The layering rules (.dependency-cruiser.cjs) run on deliberately wrong imports and must fail, naming each rule.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

test('the layering lint fails on each wrong import of the fixtures and passes the allowed ones', () => {
  const run = spawnSync(
    'node_modules/.bin/depcruise',
    ['scripts/fixtures/layers', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
    { cwd: root, encoding: 'utf8' }
  );
  assert.notEqual(run.status, 0, 'depcruise must exit non-zero on the fixtures');
  const found = [...run.stdout.matchAll(/error ([\w-]+): scripts\/fixtures\/layers\/(\S+) →/g)]
    .map(([, rule, from]) => `${rule}: ${from}`)
    .sort();
  assert.deepEqual(found, [
    'charts-import-no-server: apps/report/src/lib/charts/imports-server.ts',
    'core-imports-no-sibling: packages/core/src/imports-data.ts',
    'csv-by-its-entry: packages/ui/src/imports-csv-file.ts',
    'csv-imports-no-workspace-package: packages/csv/src/imports-core-by-name.ts',
    'csv-imports-no-workspace-package: packages/csv/src/imports-data.ts',
    'data-imports-no-sibling: packages/data/src/imports-core-by-name.ts',
    'data-imports-no-sibling: packages/data/src/imports-core.ts',
    'pipeline-imports-data-and-core-only: packages/pipeline/src/imports-ui.ts',
    'server-only-from-server: apps/report/src/lib/charts/imports-server.ts',
    'server-only-from-server: apps/report/src/lib/story/imports-server.ts',
    'ui-imports-no-sibling: packages/ui/src/imports-data.ts'
  ]);
});
