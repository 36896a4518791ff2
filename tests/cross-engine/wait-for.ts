/**
 * Polls `probe` until it returns a value other than undefined, false or null, and returns it. On timeout, throws
 * with `what` and the last value seen, so a failure says what was expected and what the page showed.
 */
export async function waitFor<T>({
  probe,
  what,
  timeout = 15_000,
  interval = 50
}: {
  probe: () => Promise<T | undefined | null | false>;
  what: string;
  timeout?: number;
  interval?: number;
}): Promise<T> {
  const until = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      last = await probe();
      if (last !== undefined && last !== null && last !== false) return last as T;
    } catch (e) {
      last = e instanceof Error ? e.message : e;
    }
    if (Date.now() > until)
      throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
