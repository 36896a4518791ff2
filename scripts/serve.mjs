// README command 1: install, build and serve the report; prints the URL.
import { ensureToolchain, run } from './toolchain.mjs';

const port = process.env.PORT ?? '4173';
ensureToolchain();
run('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@dtr/report...']);
console.log(
  `\nThe Digital Trade Report is served at http://localhost:${port}/ (Chinese: http://localhost:${port}/zh/). Ctrl+C stops it.\n`
);
run('pnpm', ['--filter', '@dtr/report', 'exec', 'vite', 'preview', '--port', port, '--strictPort']);
