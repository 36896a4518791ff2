import { builtinRef, type BuiltinContext } from './builtin-refs';
import { claimRefs } from './claim-refs';

/** Every leaf path of the spec that a `{spec:path}` reference can print (numbers and strings). */
function specPaths(value: unknown, prefix: string): string[] {
  if (typeof value === 'number' || typeof value === 'string') return [prefix];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, v]) => specPaths(v, prefix ? `${prefix}.${key}` : key));
}

/**
 * The references an edition's copy can use without code, each with its value in one locale: `{edition}`, every
 * `{spec:path}`, `{claim:id}` and `{claim:id.year}`, `{rank:CODE:UNIT:latest}` for every ranked unit of the index
 * results, and `{series:ID:ENTITY:latest}` (default format) for every series and entity with a value. Any YEAR in
 * place of `latest`, and the named formats of builtin-refs, resolve as well.
 */
export function availableRefs(ctx: BuiltinContext): Map<string, string> {
  const refs = new Map<string, string>();
  const add = (ref: string, value: string | undefined) => {
    if (value !== undefined) refs.set(ref, value);
  };
  add('edition', builtinRef(ctx, 'edition'));
  for (const path of specPaths(ctx.spec, '')) add(`spec:${path}`, builtinRef(ctx, `spec:${path}`));
  for (const [id, value] of claimRefs(ctx.edition.claims, ctx.locale)) add(`claim:${id}`, value);
  if (ctx.results)
    for (const code of ctx.results.codes)
      for (const unit of ctx.results.units) add(`rank:${code}:${unit}:latest`, builtinRef(ctx, `rank:${code}:${unit}:latest`));
  for (const id of ctx.edition.manifest.series)
    for (const entity of Object.keys(ctx.edition.series(id).values))
      add(`series:${id}:${entity}:latest`, builtinRef(ctx, `series:${id}:${entity}:latest`));
  return refs;
}
