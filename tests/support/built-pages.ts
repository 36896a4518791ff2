import { existsSync, readdirSync, statSync } from 'node:fs';

const build = new URL('../../apps/report/build/', import.meta.url).pathname;

/**
 * Every prerendered page of the production build, as site paths ("/", "/zh/embed/2026/dds-china/"), read from the
 * build folder so a new page or embed is covered without editing a list. Fails when the build is missing.
 */
export function builtPages(): string[] {
  if (!existsSync(build)) throw new Error(`no production build at ${build}: run pnpm --filter @dtr/report build`);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = `${dir}${name}`;
      if (statSync(path).isDirectory()) walk(`${path}/`);
      else if (name === 'index.html') out.push(`/${dir.slice(build.length)}`);
    }
  };
  walk(build);
  return out.sort();
}
