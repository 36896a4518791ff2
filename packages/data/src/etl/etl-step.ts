import type { EtlContext } from './etl-context.ts';
import type { SeriesRule } from '../gate/series-rule.ts';
import type { IndicatorInfo } from './indicator-info.ts';

/** One ETL script: builds exactly one edition file from the raw folder. */
export interface EtlStep {
  /** Path inside the edition folder, e.g. "series/dds-exports.json". */
  output: string;
  sourceIds: string[];
  /** Catalogue entry, required for steps writing `series/`. */
  indicator?: IndicatorInfo;
  /** What values the series may hold; the build nulls its placeholders and rejects any value that breaks it. */
  rules?: SeriesRule;
  /** `built` holds the outputs of the steps that ran before this one, by output path. */
  build(ctx: EtlContext, built: ReadonlyMap<string, unknown>): unknown | Promise<unknown>;
}
