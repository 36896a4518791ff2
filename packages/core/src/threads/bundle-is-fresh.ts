import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { InputStat } from './stat-inputs.ts';

export interface BundleManifest {
  inputs: InputStat[];
}

/**
 * Whether a bundle built from `manifest.inputs` is still current: every input (relative to `root`) exists with the
 * recorded size and modification time. An edited, added-then-imported or deleted source changes one of them (an added
 * import edits the importing file), so a stale bundle is never used.
 */
export function bundleIsFresh({ manifest, root }: { manifest: BundleManifest; root: string }): boolean {
  if (!Array.isArray(manifest.inputs) || manifest.inputs.length === 0) return false;
  for (const input of manifest.inputs) {
    try {
      const s = statSync(resolve(root, input.path));
      if (s.size !== input.size || s.mtimeMs !== input.mtimeMs) return false;
    } catch {
      return false;
    }
  }
  return true;
}
