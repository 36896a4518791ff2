import { statSync } from 'node:fs';
import { resolve } from 'node:path';

export interface InputStat {
  /** Relative to the bundle's folder. */
  path: string;
  size: number;
  mtimeMs: number;
}

/** Size and modification time of each file (paths relative to `root`), as a bundle manifest records them. */
export function statInputs({ root, paths }: { root: string; paths: string[] }): InputStat[] {
  return paths.map((path) => {
    const s = statSync(resolve(root, path));
    return { path, size: s.size, mtimeMs: s.mtimeMs };
  });
}
