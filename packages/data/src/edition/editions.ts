import config from './editions.json' with { type: 'json' };

/**
 * What a maintainer configures per edition (`editions.json`; `pnpm edition new` adds an entry): the publication date,
 * fixed so a rebuild never changes the manifest's bytes, and which ETL step set to run (`STEP_SETS`). The index
 * framework is data in the edition's own folder (`editions/<year>/config/framework.json`).
 */
export interface EditionConfig {
  published: string;
  steps: number;
}

export const EDITIONS: Record<number, EditionConfig> = config;
