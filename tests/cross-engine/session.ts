/**
 * What a scenario needs from a browser engine, whatever drives it (puppeteer over CDP or WebDriver BiDi, or classic
 * WebDriver). Scripts are function bodies (`return …`, arguments in `arguments`), so every driver runs the same text.
 */
export interface Session {
  readonly engine: string;
  /** Loads a page at a viewport size. An engine whose window cannot be that narrow loads it inside a frame of that
   * size instead, and later calls act inside that frame. */
  open(o: { url: string; width: number; height: number }): Promise<void>;
  /** Runs a function body in the current document and returns its (JSON-serialisable) result; promises are awaited. */
  run<T>(body: string, ...args: unknown[]): Promise<T>;
  /** A real pointer click on the first element matching the selector. */
  click(selector: string): Promise<void>;
  /** Replaces an input's value by typing, then leaves it with Tab (which commits it as a reader would). */
  type(selector: string, text: string): Promise<void>;
  /** Runs `fn` with calls acting inside the iframe matching `selector` of the current document. */
  inFrame<T>(selector: string, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Options every engine launcher takes. */
export interface LaunchOptions {
  /** Launch with scripts in pages disabled (the scenario "the story with JavaScript off"). */
  javaScript: boolean;
}
