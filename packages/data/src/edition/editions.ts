import config from './editions.json' with { type: 'json' };

/**
 * What a maintainer configures per edition (`editions.json`; `pnpm edition new` adds an entry): the publication date,
 * fixed so a rebuild never changes the manifest's bytes; which ETL step set to run (`STEP_SETS`); which index framework
 * definition to apply, re-dated to the edition (`FRAMEWORKS`), or null for none.
 */
export interface EditionConfig {
  published: string;
  steps: number;
  index: number | null;
}

export const EDITIONS: Record<number, EditionConfig> = config;
