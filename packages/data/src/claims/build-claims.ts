import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimsToCsv } from './to-csv.ts';
import { loadClaims, type LoadClaimsOptions } from './load-claims.ts';
import type { ClaimRecord, ConflictRecord } from './types.ts';

export interface BuildClaimsOptions extends LoadClaimsOptions {
  /** Edition output folder, e.g. `packages/data/editions/2026`. Created when missing. */
  editionDir: string;
}

// Write beside the target and rename, so a reader never sees a half-written file.
function writeWhole(path: string, content: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content, 'utf8');
  renameSync(tmp, path);
}

/**
 * Validates the curated claims (see `loadClaims`) and writes `claims.json` and `claims.csv` into `editionDir`.
 * Same input, byte-identical output. On invalid input it throws before writing anything, leaving the previous files.
 */
export function buildClaims(options: BuildClaimsOptions): { claims: ClaimRecord[]; conflicts: ConflictRecord[] } {
  const ledger = loadClaims(options);
  mkdirSync(options.editionDir, { recursive: true });
  writeWhole(join(options.editionDir, 'claims.json'), JSON.stringify(ledger, null, 2) + '\n');
  writeWhole(join(options.editionDir, 'claims.csv'), claimsToCsv(ledger.claims));
  return { claims: ledger.claims, conflicts: ledger.conflicts };
}
