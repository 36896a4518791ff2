import { referencesIn } from './resolve';

/** The `{calc:…}` figures a section offers that its copy never cites (the build fails on any, as on unresolved ones). */
export function unusedRefs({ refs, copy }: { refs: Record<string, string>; copy: unknown }): string[] {
  const used = new Set(referencesIn(JSON.stringify(copy)));
  return Object.keys(refs)
    .filter((name) => !used.has(`calc:${name}`))
    .map((name) => `{calc:${name}}`);
}
