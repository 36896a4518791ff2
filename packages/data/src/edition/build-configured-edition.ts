import { join } from 'node:path';
import { DataError } from '../errors/data-error.ts';
import { writeIndexFramework } from '../index-framework/write-index-framework.ts';
import { buildEdition, type BuildEditionOptions, type BuildEditionResult } from './build-edition.ts';
import { EDITION_CONFIG_FILE, readEditionConfig } from './read-edition-config.ts';
import { CONFIG_DIR, readFrameworkConfig } from './read-framework-config.ts';
import { STEP_SETS } from './step-sets.ts';

/**
 * `pnpm edition build`: the ETL step set named in the edition's `config/edition.json`, claims, index framework
 * (`config/framework.json`) and the validation gate, all in a temporary folder that replaces `editions/<year>/` only
 * when everything passed.
 */
export async function buildConfiguredEdition(
  options: Omit<BuildEditionOptions, 'steps' | 'config'>
): Promise<BuildEditionResult> {
  const { finish, ...rest } = options;
  const configDir = join(options.editionsDir, String(options.edition), CONFIG_DIR);
  const config = readEditionConfig({ configDir });
  const steps = STEP_SETS[config.steps];
  if (!steps)
    throw new DataError({
      file: join(configDir, EDITION_CONFIG_FILE),
      column: '$.steps',
      expected: `one of ${Object.keys(STEP_SETS).join(', ')}`,
      got: String(config.steps)
    });
  const framework = readFrameworkConfig({ configDir, edition: options.edition });
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
