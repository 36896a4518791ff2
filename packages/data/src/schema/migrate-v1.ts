/**
 * Schema 1 → 2. Dataset files keep their shape and take `schema: 2`; a v1 manifest without `files` gets the list of
 * the edition's other files (every path but manifest.json and series/*), which schema 2 requires. The claims ledger
 * has its own version and is returned as is.
 * @see https://github.com/owid/owid-grapher (versioned schema with one migration per step, the model followed here)
 */
export function migrateV1({ path, value, paths }: { path: string; value: unknown; paths: readonly string[] }): unknown {
  if (path === 'claims.json' || value === null || typeof value !== 'object') return value;
  const file = value as Record<string, unknown>;
  if (file.schema !== 1) return value;
  if (path !== 'manifest.json') return { ...file, schema: 2 };
  const files = file.files ?? paths.filter((p) => p !== 'manifest.json' && !p.startsWith('series/')).sort();
  return { ...file, schema: 2, files };
}
