import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sourceWithRole } from '../edition/source-with-role.ts';
import { DataError } from '../errors/data-error.ts';
import type { ConfigSource } from '../schema/types.ts';

/** The registry as an ETL step names it in errors (the manifest's convention). */
const REGISTRY = 'config/sources.json';

export interface RawFileQuery {
  /** A role of `config/sources.json` (`wdi-country-metadata`, `wto-rtas`, `telegeography-cable` …). */
  role: string;
  /** For a family of files (`cable/<id>.json`): the placeholder the name must hold; its folder must exist. */
  placeholder?: string;
}

/** What an ETL step may touch: the raw folder, read-only, and the edition's source registry (config/sources.json). */
export interface EtlContext {
  rawDir: string;
  sources: readonly ConfigSource[];
  /** Reads a raw file as UTF-8 text; `file` is relative to the raw folder. Throws a DataError if it is missing. */
  read(file: string): string;
  /** Reads a raw file as bytes (workbooks); same errors as `read`. */
  readBytes(file: string): Uint8Array;
  /**
   * The raw file the registry names for a fixed step's role, checked to exist before the step reads it; a missing
   * role or file fails with `config/sources.json`, the JSON path, expected and got.
   */
  rawFile(query: RawFileQuery): string;
}

/** Files are read once per build, however many steps share them. */
export function createEtlContext(rawDir: string, sources: readonly ConfigSource[]): EtlContext {
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
    },
    rawFile({ role, placeholder }) {
      const { file, path } = sourceWithRole({ sources, role, registry: REGISTRY });
      if (placeholder !== undefined && !file.includes(placeholder))
        throw new DataError({
          file: REGISTRY,
          column: path,
          expected: `a file name with ${placeholder}`,
          got: JSON.stringify(file)
        });
      const present =
        placeholder === undefined ? existsSync(join(rawDir, file)) : existsSync(join(rawDir, dirname(file)));
      if (!present)
        throw new DataError({
          file: REGISTRY,
          column: path,
          expected:
            placeholder === undefined ? `a file in ${rawDir}` : `a folder in ${rawDir} holding ${placeholder} files`,
          got: `${JSON.stringify(file)}, not there`
        });
      return file;
    }
  };
}
