import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors/data-error.ts';
import type { Source } from '../schema/types.ts';

/** What an ETL step may touch: the raw folder, read-only, and the edition's source registry (config/sources.json). */
export interface EtlContext {
  rawDir: string;
  sources: readonly Source[];
  /** Reads a raw file as UTF-8 text; `file` is relative to the raw folder. Throws a DataError if it is missing. */
  read(file: string): string;
  /** Reads a raw file as bytes (workbooks); same errors as `read`. */
  readBytes(file: string): Uint8Array;
}

/** Files are read once per build, however many steps share them. */
export function createEtlContext(rawDir: string, sources: readonly Source[]): EtlContext {
  const cache = new Map<string, string>();
  const bytesCache = new Map<string, Uint8Array>();
  return {
    rawDir,
    sources,
    read(file) {
      const cached = cache.get(file);
      if (cached !== undefined) return cached;
      let text: string;
      try {
        text = readFileSync(join(rawDir, file), 'utf8');
      } catch {
        throw new DataError({ file, expected: `a readable file in ${rawDir}`, got: 'no such file' });
      }
      cache.set(file, text);
      return text;
    },
    readBytes(file) {
      const cached = bytesCache.get(file);
      if (cached !== undefined) return cached;
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(join(rawDir, file));
      } catch {
        throw new DataError({ file, expected: `a readable file in ${rawDir}`, got: 'no such file' });
      }
      bytesCache.set(file, bytes);
      return bytes;
    }
  };
}
