import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EDITIONS } from '../edition/editions.ts';
import { FRAMEWORKS } from '../edition/frameworks.ts';
import { latestEdition } from '../edition/latest-edition.ts';
import { writeIndexFramework } from './write-index-framework.ts';

/** `npx tsx packages/data/src/index-framework/cli.ts [--edition YEAR]`: writes editions/<year>/index/ (default: latest). */
const editionsDir = resolve(fileURLToPath(import.meta.url), '../../../editions');

try {
  const { values } = parseArgs({ args: process.argv.slice(2), strict: true, options: { edition: { type: 'string' } } });
  const edition = values.edition === undefined ? latestEdition({ editionsDir }) : Number(values.edition);
  const framework = FRAMEWORKS[EDITIONS[edition]?.index ?? Number.NaN];
  if (!framework)
    throw new Error(
      `--edition: expected an edition whose editions.json entry names an index framework (${Object.keys(EDITIONS).join(', ')}), got ${values.edition ?? edition}`
    );
  const t = writeIndexFramework(resolve(editionsDir, String(edition)), { ...framework, edition });
  console.log(
    `index framework ${edition}: ${t.units.length} of ${t.screening.candidates} economies kept (≥ ${t.screening.required} of ${t.screening.counted.length} weighted indicators); ` +
      t.indicators.map((code, i) => `${code} ${t.values.filter((r) => r[i] !== null).length}`).join(', ')
  );
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
}
