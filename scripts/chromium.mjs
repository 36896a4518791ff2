// Finds the Chromium the end-to-end tests drive. Playwright cannot download browsers on these machines,
// so we use a system one and say how to get it when it is missing.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    console.error(`CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}", but no file is there.`);
    process.exit(1);
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  console.error(
    [
      'No Chromium found for the end-to-end tests.',
      'Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or point CHROMIUM_PATH at a Chromium or Chrome binary:',
      '  CHROMIUM_PATH=/path/to/chromium npm test'
    ].join('\n')
  );
  process.exit(1);
}
