import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readSourcesConfig } from '../src/edition/read-sources-config.ts';

/** The real raw folder beside the repository (../shared/data/raw). */
export const RAW_DIR = new URL('../../../../shared/data/raw', import.meta.url).pathname;
/** The miniature raw folder cut from it for the reader tests. */
export const FIXTURE_RAW_DIR = new URL('./fixtures/raw', import.meta.url).pathname;

/**
 * Whether the tests on a full raw folder run: always under CI=true (so a missing folder fails there, never skips),
 * otherwise only when the folder exists, saying what is skipped.
 */
export function runsOnRaw(folder: string): boolean {
  if (process.env.CI === 'true' || existsSync(join(RAW_DIR, folder))) return true;
  console.warn(`skipped: the full-file tests on ${join(RAW_DIR, folder)} (folder missing; they fail under CI=true)`);
  return false;
}

/**
 * The committed edition's source registry: its `roles` name the raw files the fixed steps read, at the same paths in
 * the real and in the miniature raw folder.
 */
export const RAW_SOURCES = readSourcesConfig({
  configDir: new URL('../editions/2026/config', import.meta.url).pathname
});
