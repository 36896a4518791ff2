import { DataError } from '../errors/data-error.ts';
import { writeIndexFramework } from '../index-framework/write-index-framework.ts';
import { buildEdition, type BuildEditionOptions, type BuildEditionResult } from './build-edition.ts';
import type { EditionConfig } from './editions.ts';
import { FRAMEWORKS } from './frameworks.ts';
import { STEP_SETS } from './step-sets.ts';

/**
 * `pnpm edition build`: the edition's configured ETL steps, claims, index framework (re-dated to the edition) and the
 * validation gate, all in a temporary folder that replaces `editions/<year>/` only when everything passed.
 */
export async function buildConfiguredEdition(
  options: Omit<BuildEditionOptions, 'steps' | 'config'> & { config: EditionConfig }
): Promise<BuildEditionResult> {
  const { config, finish, ...rest } = options;
  const steps = STEP_SETS[config.steps];
  if (!steps) throw new DataError({ file: 'edition/editions.json', column: `${options.edition}.steps`, expected: `one of ${Object.keys(STEP_SETS).join(', ')}`, got: String(config.steps) });
  const framework = config.index === null ? null : FRAMEWORKS[config.index];
  if (framework === undefined) throw new DataError({ file: 'edition/editions.json', column: `${options.edition}.index`, expected: `null or one of ${Object.keys(FRAMEWORKS).join(', ')}`, got: String(config.index) });
  return buildEdition({
    ...rest,
    steps,
    config,
    // The index framework first, then the caller's step (the pipeline computes the index results from it).
    finish: (dir) => {
      if (framework) writeIndexFramework(dir, { ...framework, edition: options.edition });
      finish?.(dir);
    }
  });
}
