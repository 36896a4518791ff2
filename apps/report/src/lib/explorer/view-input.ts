import { specFor, type CoinData, type SpecChoices } from '@dtr/core';
import { coinSubset } from './coin-subset';

/** The reader's index choices, and whether small economies are ranked (false: the index is run without them). */
export type ViewChoices = SpecChoices & { small?: boolean };

export interface ViewInput {
  /** The units the index runs on: all, or all but the small economies. */
  data: CoinData;
  spec: Record<string, unknown>;
  /** Which units `data` holds (null: all of them), to lay its results out over every unit again. */
  keep: boolean[] | null;
  /** Identifies the computation: equal keys give equal results. */
  key: string;
}

/**
 * What the engine computes for a view: the published spec with the reader's choices, on every unit or, with
 * `small: false`, on the units that are not small economies (`small[u]`, from the edition's Size_group).
 */
export function viewInput({
  data,
  small,
  publishedSpec,
  choices
}: {
  data: CoinData;
  small: boolean[];
  publishedSpec: Record<string, unknown>;
  choices: ViewChoices;
}): ViewInput {
  const spec = specFor({ published: publishedSpec, choices });
  const withSmall = choices.small !== false;
  const keep = withSmall ? null : small.map((s) => !s);
  return {
    data: keep ? coinSubset({ data, keep }) : data,
    spec,
    keep,
    key: JSON.stringify(spec) + (withSmall ? '' : '|without small economies')
  };
}
