import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FRAMEWORK_2026 } from './framework-2026.ts';
import { writeIndexFramework } from './write-index-framework.ts';

/** `npx tsx packages/data/src/index-framework/cli.ts [--edition 2026]`: writes editions/<year>/index/. */
const editionsDir = resolve(fileURLToPath(import.meta.url), '../../../editions');
const argv = process.argv.slice(2);
const at = argv.indexOf('--edition');
const edition = at >= 0 ? argv[at + 1] : '2026';

try {
  if (edition !== String(FRAMEWORK_2026.edition))
    throw new Error(
      `--edition: expected ${FRAMEWORK_2026.edition} (the only edition with an index framework), got ${edition}`
    );
  const t = writeIndexFramework(resolve(editionsDir, edition), FRAMEWORK_2026);
  console.log(
    `index framework ${edition}: ${t.units.length} of ${t.screening.candidates} economies kept (≥ ${t.screening.required} of ${t.screening.counted.length} weighted indicators); ` +
      t.indicators.map((code, i) => `${code} ${t.values.filter((r) => r[i] !== null).length}`).join(', ')
  );
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
}
