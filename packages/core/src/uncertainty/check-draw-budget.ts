/** Most draws one analysis may run: 10⁶ draws already pin a 5 % quantile of a rank to well under 0.1 of a rank. */
const MAX_DRAWS = 1_000_000;
/** Ranks are held as 16-bit integers for every draw and unit: 200,000,000 cells is 400 MB. */
const MAX_CELLS = 200_000_000;

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Refuses an uncertainty run that would exhaust the machine instead of finishing: more than 1,000,000 draws (or grid
 * combinations), or more than 200,000,000 draw × unit rank cells. Throws naming what was asked and the bound.
 */
export function checkDrawBudget({ draws, units, what }: { draws: number; units: number; what: string }): void {
  if (!(draws <= MAX_DRAWS))
    throw new Error(`uncertainty: ${what}: expected at most ${count(MAX_DRAWS)}, got ${count(draws)}`);
  if (draws * units > MAX_CELLS)
    throw new Error(
      `uncertainty: ${what} × units: expected at most ${count(MAX_CELLS)} ranks (${(MAX_CELLS * 2) / 1e6} MB), ` +
        `got ${count(draws)} × ${count(units)} = ${count(draws * units)}`
    );
}
