import { join } from 'node:path';
import { DataError } from '../errors/data-error.ts';
import { writeIndexFramework } from '../index-framework/write-index-framework.ts';
import { buildEdition, type BuildEditionOptions, type BuildEditionResult } from './build-edition.ts';
import type { EditionConfig } from './editions.ts';
import { CONFIG_DIR, readFrameworkConfig } from './read-framework-config.ts';
import { STEP_SETS } from './step-sets.ts';

/**
 * `pnpm edition build`: the edition's configured ETL steps, claims, index framework (`config/framework.json`) and the
 * validation gate, all in a temporary folder that replaces `editions/<year>/` only when everything passed.
 */
export async function buildConfiguredEdition(
  options: Omit<BuildEditionOptions, 'steps' | 'config'> & { config: EditionConfig }
): Promise<BuildEditionResult> {
  const { config, finish, ...rest } = options;
  const steps = STEP_SETS[config.steps];
  if (!steps) throw new DataError({ file: 'edition/editions.json', column: `${options.edition}.steps`, expected: `one of ${Object.keys(STEP_SETS).join(', ')}`, got: String(config.steps) });
  const framework = readFrameworkConfig({
    configDir: join(options.editionsDir, String(options.edition), CONFIG_DIR),
    edition: options.edition
  });
  return buildEdition({
    ...rest,
    steps,
    config,
    // The index framework first, then the caller's step (the pipeline computes the index results from it).
    finish: (dir) => {
      if (framework) writeIndexFramework(dir, framework);
      finish?.(dir);
    }
  });
}
