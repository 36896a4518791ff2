import type { Locale } from '../format/locale.ts';
import { labels } from '../labels.ts';
import { download } from './download.ts';
import { embedCode } from './embed-code.ts';

/**
 * What a chart frame's buttons do, read from the frame's own markup (browser only). ChartFrame wires them when it
 * mounts; pages rendered without Svelte in the browser (chart embeds) wire them from a small script. Both export
 * exactly what the reader sees. The export code (serialising the SVG, drawing the PNG; ChartFrame does the same for
 * the CSV writer) loads on the first download click, not with every chart frame: most readers never download, and it
 * kept the story's JavaScript over budget.
 */

export interface FrameActionOptions {
  /** Chart id: file names and the embed's id. */
  id: string;
  locale: Locale;
  /** The CSV of the rows shown (fetched, for pages that do not hold the rows in memory). */
  csv: () => string | Promise<string>;
  /** The address "Copy link" copies. */
  link: () => string;
  /** Height the embed code's iframe starts at. */
  embedHeight: number;
}

/**
 * Brings a frame's action bar to life: downloads, copies, the data-table toggle, a status line for screen readers and
 * a text box when the clipboard refuses. The bar is in the page's HTML but hidden until this runs, so readers without
 * JavaScript never see buttons that cannot work. Returns a function that removes the listeners.
 */
export function wireFrameActions(frame: HTMLElement, o: FrameActionOptions): () => void {
  const t = labels[o.locale];
  const bar = frame.querySelector<HTMLElement>('[data-frame-actions]');
  const status = frame.querySelector<HTMLElement>('[data-frame-status]');
  const fallback = frame.querySelector<HTMLElement>('[data-frame-fallback]');
  const table = frame.querySelector<HTMLDetailsElement>('details');
  const toggle = bar?.querySelector<HTMLButtonElement>('[data-action=table]');
  if (!bar) return () => {};
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const copy = async (text: string, label: string) => {
    const copied = await copyText(text);
    if (fallback) {
      fallback.hidden = copied;
      fallback.querySelector('span')!.textContent = label;
      fallback.querySelector('textarea')!.value = copied ? '' : text;
    }
    say(copied ? t.copied : t.copyFailed);
  };
  const title = () => frame.querySelector('.title')?.textContent?.trim() ?? o.id;
  const actions: Record<string, () => unknown> = {
    csv: async () => {
      saveCsv(await o.csv(), o.id);
      say(t.downloaded);
    },
    svg: async () => (await saveSvg(frame, o.id)) && say(t.downloaded),
    png: async () => (await savePng(frame, o.id)) && say(t.downloaded),
    embed: () => {
      const code = frameEmbedCode(frame, title(), o.id, o.embedHeight);
      if (code) return copy(code, t.embedCode);
    },
    link: () => copy(o.link(), t.link),
    table: () => table && (table.open = !table.open)
  };
  const onClick = (e: Event) => {
    const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action && actions[action]) void actions[action]();
  };
  const onToggle = () => {
    if (!toggle || !table) return;
    toggle.setAttribute('aria-expanded', String(table.open));
    toggle.textContent = table.open ? t.hideTable : t.showTable;
  };
  bar.addEventListener('click', onClick);
  table?.addEventListener('toggle', onToggle);
  onToggle();
  bar.hidden = false;
  return () => {
    bar.removeEventListener('click', onClick);
    table?.removeEventListener('toggle', onToggle);
  };
}

async function saveSvg(frame: HTMLElement, id: string): Promise<boolean> {
  const { frameSvg } = await import('./frame-svg.ts');
  const text = frameSvg(frame);
  if (!text) return false;
  download(new Blob([text], { type: 'image/svg+xml' }), `${id}.svg`);
  return true;
}

async function savePng(frame: HTMLElement, id: string): Promise<boolean> {
  const [{ frameSvg }, { exportSize }, { rasterize }] = await Promise.all([
    import('./frame-svg.ts'),
    import('./serialize-svg.ts'),
    import('./rasterize.ts')
  ]);
  const text = frameSvg(frame);
  if (!text) return false;
  download(await rasterize(text, exportSize(text)), `${id}.png`);
  return true;
}

/** Saves CSV text; a byte-order mark makes spreadsheet programs read the UTF-8 Chinese labels correctly. */
function saveCsv(csv: string, id: string): void {
  download(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), `${id}.csv`);
}

/** Embed code for a frame that names its embed page (`data-embed-path`) and the host script (`data-host-script`),
 * both on this origin. */
function frameEmbedCode(frame: HTMLElement, title: string, id: string, height: number): string | null {
  const page = frame.dataset.embedPath;
  const host = frame.dataset.hostScript;
  if (!page || !host) return null;
  return embedCode({ embedUrl: location.origin + page, hostScriptUrl: location.origin + host, title, height, id });
}

/** Copies text; false when the browser refuses (permissions, insecure context), so the caller can show it instead. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
