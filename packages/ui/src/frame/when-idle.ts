/**
 * Runs `run` when the browser is next idle (requestIdleCallback, with a 500 ms timeout so it also runs on a busy page),
 * or after a zero-delay timeout where there is no such API (WebKit); returns a function that cancels it.
 */
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}
