import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import type { LaunchOptions, Session } from './session.ts';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // The embed host page and the report are two loopback origins (127.0.0.1 and localhost).
  '--disable-features=LocalNetworkAccessChecks'
];

function script(body: string, args: unknown[]) {
  return `(async function () { ${body} }).apply(null, ${JSON.stringify(args)})`;
}

/** Chromium over CDP or Firefox over WebDriver BiDi, both through puppeteer-core. */
export async function launchPuppeteer({
  engine,
  executablePath,
  javaScript
}: { engine: 'chromium' | 'firefox'; executablePath: string } & LaunchOptions): Promise<Session> {
  const browser: Browser = await puppeteer.launch({
    browser: engine === 'chromium' ? 'chrome' : 'firefox',
    executablePath,
    headless: true,
    args: engine === 'chromium' ? chromiumArgs : [],
    // Firefox over BiDi has no per-page switch for scripts; a preference does it for the whole browser.
    extraPrefsFirefox: javaScript ? {} : { 'javascript.enabled': false }
  });
  const page: Page = await browser.newPage();
  if (!javaScript && engine === 'chromium') await page.setJavaScriptEnabled(false);
  let context: Frame = page.mainFrame();
  return {
    engine,
    async open({ url, width, height }) {
      await page.setViewport({ width, height });
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      context = page.mainFrame();
    },
    run: (body, ...args) => context.evaluate(script(body, args)) as never,
    async click(selector) {
      const element = await context.waitForSelector(selector, { visible: true, timeout: 15_000 });
      await element!.click();
    },
    async type(selector, text) {
      const element = await context.waitForSelector(selector, { visible: true, timeout: 15_000 });
      await element!.click({ count: 3 });
      await element!.type(text);
      await page.keyboard.press('Tab');
    },
    async inFrame(selector, fn) {
      const outer = context;
      const element = await outer.waitForSelector(selector, { timeout: 15_000 });
      const frame = await element!.contentFrame();
      if (!frame) throw new Error(`${selector} is not a frame`);
      context = frame;
      try {
        return await fn();
      } finally {
        context = outer;
      }
    },
    close: () => browser.close()
  };
}
