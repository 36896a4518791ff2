import { DataError } from '../errors/data-error.ts';
import { SCHEMA_VERSION, type ConfigSource, type Manifest } from '../schema/types.ts';
import type { EtlStep } from '../etl/etl-step.ts';

/** The manifest lists exactly the sources the steps used (without their raw-file `roles`) and the files they wrote. */
export function manifestFromSteps(options: {
  edition: number;
  published: string;
  steps: EtlStep[];
  extraFiles: string[];
  /** The edition's source registry (config/sources.json). */
  sources: readonly ConfigSource[];
}): Manifest {
  const used = new Set(options.steps.flatMap((step) => step.sourceIds));
  for (const id of used) {
    if (!options.sources.some((source) => source.id === id))
      throw new DataError({
        file: 'config/sources.json',
        column: 'id',
        expected: `a source "${id}"`,
        got: 'none'
      });
  }
  const outputs = options.steps.map((step) => step.output);
  return {
    schema: SCHEMA_VERSION,
    edition: options.edition,
    published: options.published,
    sources: options.sources.filter((source) => used.has(source.id)).map(({ roles: _roles, ...source }) => source),
    series: outputs
      .filter((output) => output.startsWith('series/'))
      .map((output) => output.slice('series/'.length).replace(/\.json$/, ''))
      .sort(),
    files: [...outputs.filter((output) => !output.startsWith('series/')), ...options.extraFiles].sort()
  };
}
