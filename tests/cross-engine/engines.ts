import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Where an engine's browser (and driver) is on this machine, or why it is missing and how to get it. */
export type Engine =
  | { name: 'chromium'; found: true; executablePath: string }
  | { name: 'firefox'; found: true; executablePath: string }
  | { name: 'webkit'; found: true; driverPath: string; miniBrowser: string }
  | { name: 'chromium' | 'firefox' | 'webkit'; found: false; missing: string; install: string };

function onPath(name: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}

function firstExisting(paths: (string | null | undefined)[]): string | null {
  return paths.find((p): p is string => !!p && existsSync(p)) ?? null;
}

const debian = (pkgs: string) => `sudo apt-get install -y ${pkgs}   (Debian/Ubuntu)`;

/** The three engines the suite runs in: CHROMIUM_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER and WEBKIT_MINIBROWSER override
 * where they are looked for. */
export function findEngines(): Engine[] {
  const chromium = process.env.CHROMIUM_PATH
    ? firstExisting([process.env.CHROMIUM_PATH])
    : (onPath('chromium') ?? onPath('chromium-browser') ?? onPath('google-chrome'));
  const firefox = process.env.FIREFOX_PATH
    ? firstExisting([process.env.FIREFOX_PATH])
    : (onPath('firefox-esr') ?? onPath('firefox'));
  const driver = process.env.WEBKIT_WEBDRIVER
    ? firstExisting([process.env.WEBKIT_WEBDRIVER])
    : onPath('WebKitWebDriver');
  const miniBrowser = firstExisting([
    process.env.WEBKIT_MINIBROWSER,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser'
  ]);
  const xvfb = onPath('xvfb-run');
  return [
    chromium
      ? { name: 'chromium', found: true, executablePath: chromium }
      : {
          name: 'chromium',
          found: false,
          missing: 'a Chromium binary (CHROMIUM_PATH or chromium on PATH)',
          install: debian('chromium')
        },
    firefox
      ? { name: 'firefox', found: true, executablePath: firefox }
      : {
          name: 'firefox',
          found: false,
          missing: 'Firefox (FIREFOX_PATH or firefox-esr on PATH)',
          install: debian('firefox-esr')
        },
    driver && miniBrowser && xvfb
      ? { name: 'webkit', found: true, driverPath: driver, miniBrowser }
      : {
          name: 'webkit',
          found: false,
          missing: [!driver && 'WebKitWebDriver', !miniBrowser && 'MiniBrowser', !xvfb && 'xvfb-run']
            .filter(Boolean)
            .join(', '),
          install: debian('webkit2gtk-driver xvfb')
        }
  ];
}
