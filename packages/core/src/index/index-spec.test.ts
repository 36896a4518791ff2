import { describe, expect, it } from 'vitest';
import { defaultSpec, defaultTreat } from './index-spec.ts';

describe('indexSpec defaults', () => {
  it('default run is COINr Normalise/Aggregate defaults without treatment; treatment defaults are COINr Treat()', () => {
    expect(defaultSpec.treat).toBeNull();
    expect(defaultSpec.normalise).toEqual({ method: 'minmax', range: [0, 100] });
    expect(defaultSpec.aggregate).toEqual({ method: 'amean' });
    expect(defaultTreat).toEqual({ method: 'winsorise', winmax: 5, skewThreshold: 2, kurtosisThreshold: 3.5 });
  });
});
