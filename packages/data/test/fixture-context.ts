import type { EtlContext } from '../src/etl/etl-context.ts';
import { DataError } from '../src/errors/data-error.ts';

/**
 * An EtlContext over in-memory files, so each test states its raw input next to its expectation; `roles` stands in
 * for the registry's raw-file roles (role → file name).
 */
export function fixtureContext(
  files: Record<string, string | Uint8Array>,
  roles: Readonly<Record<string, string>> = {}
): EtlContext {
  return {
    rawDir: '(fixture)',
    sources: [],
    read(file) {
      const text = files[file];
      if (text === undefined) throw new DataError({ file, expected: 'a fixture file', got: 'no such file' });
      return typeof text === 'string' ? text : new TextDecoder().decode(text);
    },
    readBytes(file) {
      const bytes = files[file];
      if (bytes === undefined) throw new DataError({ file, expected: 'a fixture file', got: 'no such file' });
      return typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
    },
    rawFile({ role }) {
      const file = roles[role];
      if (file === undefined)
        throw new DataError({ file: 'config/sources.json', expected: `a fixture role "${role}"`, got: 'none' });
      return file;
    }
  };
}
