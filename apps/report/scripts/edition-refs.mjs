// `pnpm edition refs <year> [--json]`: every reference an edition's copy can use ({edition}, {spec:…}, {claim:…},
// {rank:…}, {series:…:latest}, and each section's {calc:…} as <section>/calc:<name>), with its value in en and zh,
// sorted, one per line (ref, en, zh separated by tabs), or a JSON array of { ref, en, zh } with --json.
// The app's modules are loaded through Vite (the $lib alias and the edition globs), as the site build reads them.
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

const app = new URL('..', import.meta.url).pathname;
// SvelteKit reads svelte.config.js from the working directory.
process.chdir(app);
const { positionals, values } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  strict: true,
  options: { json: { type: 'boolean' } }
});
const [year] = positionals;
if (!year || !/^\d{4}$/.test(year)) {
  console.error(`pnpm edition refs: <year>: expected a four-digit year, got ${JSON.stringify(year ?? '')}`);
  process.exit(2);
}
const server = await createServer({
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, watch: null },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] }
});
try {
  const { editionYears } = await server.ssrLoadModule('/src/lib/server/editions.ts');
  if (!editionYears.includes(Number(year))) {
    console.error(`pnpm edition refs: <year>: expected one of ${editionYears.join(', ')}, got ${year}`);
    process.exitCode = 1;
  } else {
    const { editionRefs } = await server.ssrLoadModule('/src/lib/server/edition-refs.ts');
    const rows = editionRefs(Number(year));
    process.stdout.write(
      values.json ? `${JSON.stringify(rows, null, 2)}\n` : rows.map((r) => `${r.ref}\t${r.en}\t${r.zh}\n`).join('')
    );
  }
} finally {
  await server.close();
}
