import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { embedFrame, hostilePage, hostPage } from '../support/host-pages.ts';

/** How the server answers a chart's data slice (`/charts/<edition>/<id>.json`, any locale). */
export type SliceMode = 'ok' | 'blocked' | 'malformed' | 'offline';

export interface Ports {
  /** The report, at http://localhost:<report>; host pages at http://127.0.0.1:<report> (another origin). */
  report: number;
  /** A page on a third origin that posts dtr:resize messages as if it were the report. */
  impostor: number;
  /** The report again, with every slice failing in one way (until /__heal is requested on that port). */
  blocked: number;
  malformed: number;
  offline: number;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json'
};

/**
 * Records script errors in the page (uncaught errors, unhandled rejections, console.error) into `window.__dtrErrors`,
 * the same way in every engine. Served from the report's origin, so the pages' CSP (`script-src 'self'`) allows it.
 * Not recorded: "ResizeObserver loop completed with undelivered notifications", which is not a script error but the
 * browser saying it deferred a resize notification to the next frame (Resize Observer spec, step "deliver"); WebKitGTK
 * reports it when a chart's measured width changes the page's height and its classic scrollbar narrows the page.
 */
const errorRecorder = `window.__dtrErrors = [];
addEventListener('error', function (e) { if (/^ResizeObserver loop/.test(e.message || '')) return; __dtrErrors.push('error: ' + (e.message || e.error)); });
addEventListener('unhandledrejection', function (e) { __dtrErrors.push('rejection: ' + (e.reason && e.reason.message || e.reason)); });
(function (original) { console.error = function () { __dtrErrors.push('console.error: ' + [].slice.call(arguments).join(' ')); return original.apply(console, arguments); }; })(console.error);
`;

/** A 390 px wide frame around a report page, for engines whose window cannot be that narrow (WebKitGTK). */
function phonePage(src: string, width: number, height: number) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Phone</title>
<style>html,body{margin:0}iframe{display:block;border:0;width:${width}px;height:${height}px}</style></head>
<body><iframe id="phone" src="${src}" title="Phone"></iframe></body></html>`;
}

function fileFor(root: string, pathname: string): string | null {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = [join(root, clean), join(root, clean, 'index.html'), join(root, `${clean}.html`)];
  for (const file of candidates) {
    if (!file.startsWith(root)) continue;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

const slice = /^(\/zh)?\/charts\/\d{4}\/[a-z0-9-]+\.json$/;

function serveReport({ root, ports, mode }: { root: string; ports: Ports; mode: SliceMode }): Server {
  let failing = mode !== 'ok';
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/__errors.js') return send(200, types['.js'], errorRecorder);
    if (url.pathname === '/__heal') {
      failing = false;
      return send(200, types['.txt'], 'healed');
    }
    if (url.pathname === '/__break') {
      failing = mode !== 'ok';
      return send(200, types['.txt'], 'broken');
    }
    if (url.pathname === '/__phone.html') {
      const w = Number(url.searchParams.get('w') ?? 390);
      const h = Number(url.searchParams.get('h') ?? 844);
      return send(200, types['.html'], phonePage(url.searchParams.get('src') ?? '/', w, h));
    }
    if (url.pathname === '/__host.html') {
      const report = `http://localhost:${ports.report}`;
      const src = `${report}${url.searchParams.get('src') ?? '/embed/2026/dds-china/'}`;
      const frames = [
        embedFrame({ src }),
        embedFrame({ src: `http://127.0.0.1:${ports.impostor}/__impostor.html`, id: 'impostor' }),
        embedFrame({ src, id: 'unmarked', marked: false })
      ];
      return send(200, types['.html'], hostPage({ frames, hostScript: `${report}/embed.js` }));
    }
    if (failing && slice.test(url.pathname)) {
      if (mode === 'offline') return req.socket.destroy();
      if (mode === 'blocked') return send(403, types['.txt'], 'blocked');
      return send(200, types['.json'], '{"id": "dds-china", "kind": ');
    }
    const file = fileFor(root, url.pathname);
    if (!file) {
      const missing = join(root, '404.html');
      return send(404, types['.html'], existsSync(missing) ? readFileSync(missing) : 'not found');
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) {
      const html = readFileSync(file, 'utf8').replace(/<head>/i, '<head><script src="/__errors.js"></script>');
      return send(200, type, html);
    }
    send(200, type, readFileSync(file));
  });
}

function serveImpostor(): Server {
  return createServer((_req, res) => {
    res.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-store' });
    res.end(hostilePage);
  });
}

function listen(server: Server, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', (e) => reject(new Error(`cannot listen on port ${port}: ${e.message}`)));
    server.listen(port, () => resolve(server));
  });
}

/** Starts every server the suite needs; returns a function that stops them. */
export async function startServers({ root, ports }: { root: string; ports: Ports }): Promise<() => Promise<void>> {
  const servers = await Promise.all([
    listen(serveReport({ root, ports, mode: 'ok' }), ports.report),
    listen(serveImpostor(), ports.impostor),
    listen(serveReport({ root, ports, mode: 'blocked' }), ports.blocked),
    listen(serveReport({ root, ports, mode: 'malformed' }), ports.malformed),
    listen(serveReport({ root, ports, mode: 'offline' }), ports.offline)
  ]);
  return async () => {
    await Promise.all(
      servers.map((s) => new Promise<void>((resolve) => (s.closeAllConnections(), s.close(() => resolve()))))
    );
  };
}
