import { spawn } from 'node:child_process';
import { Builder, By, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import type { LaunchOptions, Session } from './session.ts';

/** WebKitGTK's window does not go below about 447 px wide; narrower layouts are loaded in a frame of that width. */
const narrowestWindow = 460;

async function waitForDriver(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}`);
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver) on a virtual display. */
export async function launchWebKit({
  driverPath,
  miniBrowser,
  port,
  origin,
  javaScript
}: { driverPath: string; miniBrowser: string; port: number; origin: string } & LaunchOptions): Promise<Session> {
  // Its own process group, so closing ends xvfb-run, Xvfb, the driver and the browser together.
  const child = spawn('xvfb-run', ['-a', driverPath, `--port=${port}`], { detached: true, stdio: 'ignore' });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  try {
    await waitForDriver(`http://127.0.0.1:${port}`);
    const args = ['--automation', ...(javaScript ? [] : ['--enable-javascript-markup=false'])];
    const driver: WebDriver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: miniBrowser, args } })
      .build();
    // The frames entered, outermost first (the phone frame, then any frame a scenario enters).
    let frames: string[] = [];
    const enter = async (path: string[]) => {
      await driver.switchTo().defaultContent();
      for (const selector of path) await driver.switchTo().frame(await driver.findElement(By.css(selector)));
    };
    const find = async (selector: string): Promise<WebElement> => {
      const until = Date.now() + 15_000;
      for (;;) {
        const [element] = await driver.findElements(By.css(selector));
        if (element && (await element.isDisplayed())) return element;
        if (Date.now() > until) throw new Error(`no visible element matches ${selector}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    // WebKitWebDriver scrolls an element into view within its own document only: inside a frame the host page stays
    // put, and a click on a part of the frame below the host's fold lands nowhere. Scroll each enclosing document,
    // innermost first, so the element is in the middle of the screen, as a reader scrolling the host page would.
    const reveal = async (element: WebElement) => {
      let y = await driver.executeScript<number>(
        `arguments[0].scrollIntoView({ block: 'center' }); var r = arguments[0].getBoundingClientRect();
        return (r.top + r.bottom) / 2;`,
        element
      );
      for (let i = frames.length - 1; i >= 0; i--) {
        await enter(frames.slice(0, i));
        y = await driver.executeScript<number>(
          `var frame = document.querySelector(arguments[0]);
          scrollBy(0, frame.getBoundingClientRect().top + arguments[1] - innerHeight / 2);
          return frame.getBoundingClientRect().top + arguments[1];`,
          frames[i],
          y
        );
      }
      await enter(frames);
    };
    return {
      engine: 'webkit',
      async open({ url, width, height }) {
        const narrow = width < narrowestWindow;
        await driver
          .manage()
          .window()
          .setRect({ width: narrow ? narrowestWindow + 40 : width, height: height + 100 });
        frames = [];
        if (narrow) {
          const src = url.startsWith(origin) ? url.slice(origin.length) : url;
          await driver.get(`${origin}/__phone.html?src=${encodeURIComponent(src)}&w=${width}&h=${height}`);
          await find('#phone');
          frames = ['#phone'];
          await enter(frames);
          // The frame's document must be the page asked for, loaded, before the scenario starts.
          const until = Date.now() + 60_000;
          while (
            (await driver.executeScript('return document.readyState + " " + location.href')) !== `complete ${url}`
          ) {
            if (Date.now() > until) throw new Error(`${url} did not load in the phone frame`);
            await new Promise((r) => setTimeout(r, 100));
          }
        } else {
          await driver.get(url);
        }
      },
      run: (body, ...args) =>
        driver.executeScript(`return (async function () { ${body} }).apply(null, arguments)`, ...args) as never,
      async click(selector) {
        const element = await find(selector);
        await reveal(element);
        await element.click();
      },
      async type(selector, text) {
        const element = await find(selector);
        await element.clear();
        await element.sendKeys(text, Key.TAB);
      },
      async inFrame(selector, fn) {
        const outer = frames;
        frames = [...outer, selector];
        await enter(frames);
        try {
          return await fn();
        } finally {
          frames = outer;
          await enter(frames);
        }
      },
      async close() {
        try {
          await driver.quit();
        } finally {
          stop();
        }
      }
    };
  } catch (e) {
    stop();
    throw e;
  }
}
