/**
 * Host pages for embed tests: a newspaper page on another origin that embeds a report chart with the embed code's
 * markup (the `data-dtr-embed` marker, /embed.js from the report's origin), plus frames the host script must ignore.
 */

/** The report's embed iframe as the embed code writes it (packages/ui/src/frame/embed-code.ts), starting 150 px tall. */
export function embedFrame({ src, id = 'chart', marked = true }: { src: string; id?: string; marked?: boolean }) {
  const marker = marked ? ' data-dtr-embed="dds-china"' : '';
  return `<iframe id="${id}" src="${src}" title="Embedded chart"${marker} style="width:0;min-width:100%;border:0" height="150"></iframe>`;
}

/** A host page holding `frames` and the report's host script. */
export function hostPage({ frames, hostScript }: { frames: string[]; hostScript: string }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<main><h1>A newspaper page</h1>
${frames.join('\n')}
<script src="${hostScript}"></script></main></body></html>`;
}

/** A page on another origin that pretends to be a report chart: it keeps asking its parent for 20,000 px. */
export const hostilePage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not the report</title></head>
<body><p>Not the report.</p><script>
var n = 0;
var t = setInterval(function () {
  parent.postMessage({ type: 'dtr:resize', id: 'dds-china', height: 20000 }, '*');
  if (++n > 20) clearInterval(t);
}, 50);
</script></body></html>`;

/**
 * A script expression, run inside the report's own embed frame, that posts to the host every message a host script
 * must refuse (heights as strings, arrays, objects, non-finite or out of bounds; a lookalike type; a bare string) and
 * returns how many it posted. A string, so every driver (Playwright, puppeteer, WebDriver) can run it as it is.
 */
export const postHostileMessages = `(function () {
  var base = { type: 'dtr:resize', id: 'dds-china' };
  var heights = ['0x400', [777], '777', NaN, Infinity, -Infinity, 20000, 10001, 49, 5, -400, { valueOf: 777 }, null];
  var messages = heights.map(function (h) { return Object.assign({}, base, { height: h }); });
  messages.push({ type: 'dtr:resizeX', id: 'dds-china', height: 777 }, 'dtr:resize', [777]);
  messages.forEach(function (m) { parent.postMessage(m, '*'); });
  return messages.length;
})()`;
