import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONFIG_DIR, readFrameworkConfig } from '../edition/read-framework-config.ts';
import { latestEdition } from '../edition/latest-edition.ts';
import { writeIndexFramework } from './write-index-framework.ts';

/** `npx tsx packages/data/src/index-framework/cli.ts [--edition YEAR]`: writes editions/<year>/index/ (default: latest). */
const editionsDir = resolve(fileURLToPath(import.meta.url), '../../../editions');

try {
  const { values } = parseArgs({ args: process.argv.slice(2), strict: true, options: { edition: { type: 'string' } } });
  const edition = values.edition === undefined ? latestEdition({ editionsDir }) : Number(values.edition);
  const editionDir = resolve(editionsDir, String(edition));
  const framework = readFrameworkConfig({ configDir: resolve(editionDir, CONFIG_DIR), edition });
  if (!framework) throw new Error(`--edition: expected an edition with ${CONFIG_DIR}/framework.json, got ${edition}`);
  const t = writeIndexFramework(editionDir, framework);
  console.log(
    `index framework ${edition}: ${t.units.length} of ${t.screening.candidates} economies kept (≥ ${t.screening.required} of ${t.screening.counted.length} weighted indicators); ` +
      t.indicators.map((code, i) => `${code} ${t.values.filter((r) => r[i] !== null).length}`).join(', ')
  );
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
}
