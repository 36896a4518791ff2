/** The `uncertainty.alternatives` paths that only variance-based sensitivity varies (prepareUncertainty refuses them). */
export const sensitivityOnlyInputs = ['exclude', 'maxAge'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The spec of the Monte Carlo rank intervals, from a spec whose `uncertainty` declares every uncertain input: the
 * same spec without the alternatives only the sensitivity analysis varies (indicator inclusion and recency: an
 * interval over indices built on different indicator sets or different cells is not a rank interval of this index).
 * A copy; the input is untouched, and a spec without them comes back equal.
 */
export function monteCarloSpec({ spec }: { spec: Json }): Json {
  const u = spec.uncertainty;
  if (!isObject(u) || !isObject(u.alternatives)) return { ...spec };
  const alternatives = Object.fromEntries(
    Object.entries(u.alternatives).filter(([path]) => !sensitivityOnlyInputs.includes(path))
  );
  return { ...spec, uncertainty: { ...u, alternatives } };
}
