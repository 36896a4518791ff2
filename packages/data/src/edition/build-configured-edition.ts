import { join } from 'node:path';
import { writeIndexFramework } from '../index-framework/write-index-framework.ts';
import { buildEdition, type BuildEditionOptions, type BuildEditionResult } from './build-edition.ts';
import { editionSteps } from './edition-steps.ts';
import { readEditionConfig } from './read-edition-config.ts';
import { CONFIG_DIR, readFrameworkConfig } from './read-framework-config.ts';

/**
 * `pnpm edition build`: the ETL steps of the edition's series catalogue (`config/series.json`), claims, index framework
 * (`config/framework.json`) and the validation gate, all in a temporary folder that replaces `editions/<year>/` only
 * when everything passed.
 */
export async function buildConfiguredEdition(
  options: Omit<BuildEditionOptions, 'steps' | 'config'>
): Promise<BuildEditionResult> {
  const { finish, ...rest } = options;
  const configDir = join(options.editionsDir, String(options.edition), CONFIG_DIR);
  const config = readEditionConfig({ configDir });
  const steps = editionSteps({ configDir });
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
