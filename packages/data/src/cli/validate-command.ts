import { resolve } from 'node:path';
import { validateEdition } from '../validate/validate-edition.ts';

/**
 * `validate`: checks a committed edition folder without the raw files, printing each error to stderr; the exit code,
 * 0 when valid. The one validate command of `tsx packages/data/src/cli.ts` and `pnpm data`.
 */
export function validateCommand({ editionsDir, edition }: { editionsDir: string; edition: number }): number {
  const errors = validateEdition(resolve(editionsDir, String(edition)));
  for (const error of errors) console.error(error.message);
  if (errors.length > 0) return 1;
  console.log(`edition ${edition} is valid`);
  return 0;
}
