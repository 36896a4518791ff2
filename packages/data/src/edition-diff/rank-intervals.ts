import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError } from '../errors/data-error.ts';
import type { RankRow } from './types.ts';

const packageDir = resolve(fileURLToPath(import.meta.url), '../../..');
const TSX = join(packageDir, 'node_modules/.bin/tsx');
/** @dtr/core's command line. Run as a separate process: @dtr/data never imports core (DESIGN.md). */
const CORE_CLI = resolve(packageDir, '../core/src/cli.ts');
/** Same draws and seed as the report's published uncertainty analysis, so the CLI and the changelog page agree. */
export const RANK_DRAWS = 1000;
export const RANK_SEED = 1;

/** Parses `dtr uncertainty` output (uCode,nominal,mean,median,q05,q95). */
export function parseRankCsv(text: string, file: string): RankRow[] {
  const [header, ...lines] = text.trim().split('\n');
  if (header !== 'uCode,nominal,mean,median,q05,q95')
    throw new DataError({ file, row: 1, expected: 'uCode,nominal,mean,median,q05,q95', got: header });
  return lines.map((line, i) => {
    const [code, nominal, , , q05, q95] = line.split(',');
    const row = { code, rank: Number(nominal), q05: Number(q05), q95: Number(q95) };
    if (![row.rank, row.q05, row.q95].every(Number.isFinite))
      throw new DataError({ file, row: i + 2, expected: 'numeric ranks', got: line });
    return row;
  });
}

/** Nominal ranks and 5–95 % rank intervals of an index folder (iData.csv, iMeta.csv, spec.json), from @dtr/core. */
export function rankIntervals(indexDir: string): RankRow[] {
  const file = (name: string) => join(indexDir, name);
  for (const name of ['iData.csv', 'iMeta.csv', 'spec.json'])
    if (!existsSync(file(name)))
      throw new DataError({ file: file(name), expected: 'an index file', got: 'no such file' });
  const args = [
    'uncertainty',
    '--data',
    file('iData.csv'),
    '--meta',
    file('iMeta.csv'),
    '--spec',
    file('spec.json'),
    '--draws',
    String(RANK_DRAWS),
    '--seed',
    String(RANK_SEED)
  ];
  const run = spawnSync(TSX, [CORE_CLI, ...args], { encoding: 'utf8' });
  if (run.status !== 0)
    throw new DataError({
      file: indexDir,
      expected: 'dtr uncertainty to succeed',
      got: (run.stderr || run.error?.message || `exit ${run.status}`).trim()
    });
  return parseRankCsv(run.stdout, `dtr uncertainty ${indexDir}`);
}
