/**
 * Copy is prose with references: `{series:dds-exports:CHN:2023}`, `{calc:ddsExportsCagr}`, `{claim:cbec-2023-value}`.
 * References resolve at build time; one that does not resolve throws, so prerendering — and the build — fails.
 */
export type RefLookup = (ref: string) => string | undefined;

const REF = /\{(edition|[a-z]+:[^{}\s]+)\}/g;

export class UnresolvedReferenceError extends Error {
  constructor(
    readonly ref: string,
    readonly where: string
  ) {
    super(`Unresolved reference {${ref}} in ${where}`);
    this.name = 'UnresolvedReferenceError';
  }
}

export function resolveText(text: string, lookup: RefLookup, where: string): string {
  return text.replace(REF, (_, ref: string) => {
    const value = lookup(ref);
    if (value === undefined) throw new UnresolvedReferenceError(ref, where);
    return value;
  });
}

/** Every reference a text holds, for checks that run before rendering. */
export function referencesIn(text: string): string[] {
  return [...text.matchAll(REF)].map((m) => m[1]);
}
