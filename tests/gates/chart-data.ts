import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every embed's data file in the build (`embed/<edition>/<chart>/__data.json`): what a chart loads, gzipped. */
export function chartDataSizes(buildDir: string) {
  const out: { chart: string; gzip: number }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === '__data.json' && path.includes('/embed/')) {
        out.push({ chart: relative(buildDir, dir), gzip: gzipSync(readFileSync(path), { level: 9 }).length });
      }
    }
  };
  walk(buildDir);
  return out.sort((a, b) => b.gzip - a.gzip);
}
