import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** Lighthouse's default (mobile, simulated throttling) performance, accessibility and best-practices scores. */
export async function measureLighthouse(url: string, chromePath: string) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices']
    });
    const c = result!.lhr.categories;
    const failed = Object.values(result!.lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    // The simulated (mobile, 4× CPU) timings behind the performance score, to see which one costs points.
    const ms = (id: string) => Math.round(result!.lhr.audits[id]?.numericValue ?? NaN);
    const metrics = `FCP ${ms('first-contentful-paint')}, LCP ${ms('largest-contentful-paint')}, TBT ${ms('total-blocking-time')}, SI ${ms('speed-index')} ms, CLS ${(result!.lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)}`;
    return {
      performance: c.performance.score ?? 0,
      metrics,
      accessibility: c.accessibility.score ?? 0,
      bestPractices: c['best-practices'].score ?? 0,
      failed
    };
  } finally {
    chrome.kill();
  }
}
