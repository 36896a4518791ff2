import type { Category, Localised } from '../schema/types.ts';

/** What the catalogue says about a series; written next to the step that builds it. */
export interface IndicatorInfo {
  name: Localised;
  definition: Localised;
  category: Category;
}
