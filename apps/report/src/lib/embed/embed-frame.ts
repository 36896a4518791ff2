/**
 * The only script of a chart embed page (built on its own to /embed-frame.js by vite.embed.config.ts): posts the page's
 * height to the host so its iframe fits, and brings the chart frame's buttons to life. The page itself is prerendered
 * without client-side Svelte, so this is all the JavaScript a reader of an embed downloads.
 */
import { wireFrameActions } from '@dtr/ui/frame-actions';
import { postHeight } from './post-height';

const main = document.querySelector<HTMLElement>('[data-embed-chart]');
const frame = main?.querySelector<HTMLElement>('.dtr-frame');
if (main && frame) {
  const id = main.dataset.embedChart ?? '';
  const csvUrl = main.dataset.csv ?? '';
  postHeight(id);
  wireFrameActions(frame, {
    id,
    locale: main.dataset.locale === 'zh' ? 'zh' : 'en',
    embedHeight: 500,
    csv: async () => {
      const response = await fetch(csvUrl);
      if (!response.ok) throw new Error(`${csvUrl}: HTTP ${response.status}`);
      return response.text();
    },
    link: () => location.href
  });
}
