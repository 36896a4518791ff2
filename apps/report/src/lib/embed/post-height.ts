/** Message an embedded chart posts to its host page; the host script `static/embed.js` resizes the iframe. */
export interface ResizeMessage {
  type: 'dtr:resize';
  id: string;
  height: number;
}

/**
 * Posts the document's height to the parent whenever it changes. Returns a function that stops observing.
 * Does nothing when the page is not in a frame.
 */
export function postHeight(id: string, target: Window = window.parent): () => void {
  if (target === window) return () => {};
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: ResizeMessage = { type: 'dtr:resize', id, height };
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  send();
  return () => observer.disconnect();
}
