import { existsSync } from 'node:fs';

/**
 * Whether an input from ../shared (kept outside the repository) is present. Under CI it must be: a missing input throws,
 * so the suite fails instead of skipping. Locally, a missing input is announced and its suite skipped.
 */
export function sharedInput(path: string, what: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.CI) throw new Error(`${what}: ${path} is missing, and CI=true runs every suite (no skips).`);
  console.warn(`SKIPPED ${what}: ${path} is missing (set it up to run this suite; under CI=true this fails).`);
  return false;
}
