import { postHostileMessages } from '../support/host-pages.ts';
import { expectNoPageErrors } from './page-errors.ts';
import type { Session } from './session.ts';
import { waitFor } from './wait-for.ts';

const frameHeight = `return Math.round(document.getElementById(arguments[0]).getBoundingClientRect().height);`;
const documentHeight = `return Math.ceil(document.documentElement.getBoundingClientRect().height);`;

/** Inside the embed: records what the CSV button saves and what the embed-code button copies; true once the frame's
 * script has shown its action bar (inside the disclosure, still closed). */
const recordActions = `window.__saved = [];
window.__copied = [];
var create = URL.createObjectURL;
URL.createObjectURL = function (blob) {
  blob.text().then(function (t) { window.__saved.push(t); });
  return create.call(URL, blob);
};
if (navigator.clipboard && navigator.clipboard.writeText) {
  var write = navigator.clipboard.writeText.bind(navigator.clipboard);
  navigator.clipboard.writeText = function (text) { window.__copied.push(text); return write(text); };
}
var bar = document.querySelector('[data-frame-actions]');
return !!bar && !bar.hidden;`;

const actionResults = `var status = document.querySelector('[data-frame-status]');
var fallback = document.querySelector('[data-frame-fallback] textarea');
return { saved: window.__saved, copied: window.__copied, status: status ? status.textContent.trim() : '',
  fallback: fallback ? fallback.value : '' };`;

interface Results {
  saved: string[];
  copied: string[];
  status: string;
  fallback: string;
}

/**
 * A newspaper page on another origin (127.0.0.1) embedding a report chart with the embed code, an impostor frame on a
 * third origin posting dtr:resize, and an unmarked report frame: only the marked report frame resizes, to its content;
 * hostile heights from the real frame are ignored; the CSV and embed-code buttons, in the disclosure under the chart
 * that a reader opens first, work inside the host page.
 */
export async function embedInHost({
  session,
  origin,
  hostOrigin
}: {
  session: Session;
  origin: string;
  hostOrigin: string;
}) {
  const where = 'embed host';
  await session.open({ url: `${hostOrigin}/__host.html`, width: 1366, height: 900 });
  // The frame posts its height as its content settles; wait until the iframe, taller than `above`, matches it.
  const fitted = (above: number, what: string) =>
    waitFor({
      probe: async () => {
        const o = await session.run<number>(frameHeight, 'chart');
        const i = await session.inFrame('#chart', () => session.run<number>(documentHeight));
        return o > above && Math.abs(o - i) <= 2 && { outer: o, inner: i };
      },
      what: `${where}: ${what} (within 2 px)`,
      timeout: 30_000
    });
  const { outer, inner } = await fitted(300, "the embed iframe to grow from 150 px to its chart's height");
  await waitFor({
    probe: () => session.inFrame('#impostor', async () => (await session.run<number>('return n')) > 20),
    what: `${where}: the impostor to have posted its 21 resize requests`
  });
  for (const id of ['impostor', 'unmarked']) {
    const h = await session.run<number>(frameHeight, id);
    if (h !== 150) throw new Error(`${where}: the ${id} frame was resized to ${h} px (must stay 150)`);
  }
  const posted = await session.inFrame('#chart', () => session.run<number>(`return ${postHostileMessages}`));
  await new Promise((r) => setTimeout(r, 300));
  const after = await session.run<number>(frameHeight, 'chart');
  if (after !== outer)
    throw new Error(`${where}: ${posted} hostile messages moved the iframe from ${outer} to ${after} px`);

  // The compact frame's one control under the chart opens the credits, the buttons and the table; the iframe grows
  // to show them before a reader can reach them.
  await session.inFrame('#chart', async () => {
    await waitFor({ probe: () => session.run<boolean>(recordActions), what: `${where}: the chart's action buttons` });
    await session.click('details.more > summary');
  });
  const opened = await fitted(outer, 'the iframe to grow to the opened disclosure');
  const results = await session.inFrame('#chart', async () => {
    await session.click('[data-action=csv]');
    await waitFor({
      probe: async () => (await session.run<Results>(actionResults)).saved.length > 0,
      what: `${where}: the CSV download`
    });
    await session.click('[data-action=embed]');
    return waitFor({
      probe: async () => {
        const r = await session.run<Results>(actionResults);
        return r.status !== '' && r;
      },
      what: `${where}: the embed-code button's status line`
    });
  });
  const csv = results.saved[0].replace(/^\ufeff/, '');
  // The project's one CSV convention (toCsv): LF line ends; the 2010 row starts as embed.spec.ts checks.
  if (!csv.startsWith('Year,Exports (US$),Imports (US$),Balance (US$)\n2010,56020000000,'))
    throw new Error(`${where}: the CSV starts ${JSON.stringify(csv.slice(0, 80))}`);
  // The clipboard may refuse in a headless engine; the frame then shows the code in a text box instead.
  const code = results.copied[0] ?? results.fallback;
  for (const part of [
    `<iframe src="${origin}/embed/2026/dds-china/"`,
    'data-dtr-embed="dds-china"',
    `<script src="${origin}/embed.js" async></script>`
  ])
    if (!code.includes(part)) throw new Error(`${where}: the embed code lacks ${part}: ${JSON.stringify(code)}`);
  await session.inFrame('#chart', () => expectNoPageErrors({ session, where: `${where} (frame)` }));
  const copied = results.copied.length ? 'copied' : `shown in a text box (${results.status})`;
  return `resized 150 → ${outer} px (content ${inner}), ${opened.outer} px opened; impostor and unmarked frames stay 150; ${posted} hostile messages ignored; CSV ${csv.length} chars; embed code ${copied}`;
}
