import type { AggregateMethod } from './index-spec.ts';

export type NormaliseChoice = 'minmax' | 'zscore' | 'goalposts' | 'rank';

/** What a reader can change about the published index (the explorer's controls). */
export interface SpecChoices {
  /** Weight by indicator or aggregate code. */
  weights: Record<string, number>;
  normalise: NormaliseChoice;
  aggregate: AggregateMethod;
  /** Keep the published outlier treatment (false: none). */
  treat: boolean;
}

/**
 * The index spec for a reader's choices: the published spec with their weights and methods. Min-max keeps the
 * published normalisation (e.g. [1, 100]); z-scores use mean 50 and sd 10, so geometric and harmonic means usually
 * stay defined (a z-score below 0 needs a sd more than 5 below the mean); goalposts scale to 100.
 */
export function specFor({
  published,
  choices
}: {
  published: Record<string, unknown>;
  choices: SpecChoices;
}): Record<string, unknown> {
  const normalise =
    choices.normalise === 'minmax'
      ? published.normalise
      : choices.normalise === 'zscore'
        ? { method: 'zscore', mean: 50, sd: 10 }
        : choices.normalise === 'goalposts'
          ? { method: 'goalposts', scale: 100 }
          : { method: 'rank' };
  return {
    ...published,
    treat: choices.treat ? published.treat : null,
    normalise,
    aggregate: { method: choices.aggregate },
    weights: { ...choices.weights }
  };
}
