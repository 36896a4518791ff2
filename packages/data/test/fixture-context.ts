import type { EtlContext } from '../src/etl/etl-context.ts';
import { DataError } from '../src/errors/data-error.ts';

/** An EtlContext over in-memory files, so each test states its raw input next to its expectation. */
export function fixtureContext(files: Record<string, string | Uint8Array>): EtlContext {
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
    }
  };
}
