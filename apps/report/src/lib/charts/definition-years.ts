import type { DefinitionDocuments } from './definition-timeline';

/** `{calc:year.<id>}` for each defining document of the edition's `charts.json`. */
export function definitionYears({ documents }: { documents: DefinitionDocuments }): Record<string, string> {
  return Object.fromEntries(documents.map((d) => [`year.${d.id}`, String(d.year)]));
}
