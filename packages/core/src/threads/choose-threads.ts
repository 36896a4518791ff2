/**
 * A worker thread costs 25–70 ms of CPU to start on this 2-core machine (Node's thread bootstrap and parsing the
 * 110 kB bundle; idle and loaded), while one thread computes about a million index cells (draws × units × framework
 * rows) per millisecond. Below this many cells per thread, a thread's start is more than a quarter of its share and
 * the run is no faster (measured: 10,000 × 200 × 36 = 72 M cells ran slower on two threads than on one).
 */
export const CELLS_PER_THREAD = 150e6;

/** The most threads a run may be asked for (`--threads`). */
export const MAX_THREADS = 64;

/**
 * How many threads (this one included) a run of `cells` index cells should use: one per CELLS_PER_THREAD cells, at
 * most the cores the last minute's load average leaves free (a core another process keeps busy only slows both), at
 * least one — and at least 1 + `started`, the worker threads already running (the CLI starts them at process start,
 * see earlyThreads), whose start-up is paid already: a worker joins a shared-memory run when it is ready and only
 * takes the chunks left, so using it never delays the run. Only speed depends on it: the results are identical for any
 * thread count.
 */
export function chooseThreads({
  cells,
  cores,
  load,
  started = 0
}: {
  cells: number;
  cores: number;
  load: number;
  started?: number;
}): number {
  const free = Math.floor(cores - load + 1);
  return Math.max(1 + started, Math.min(cores, free, Math.floor(cells / CELLS_PER_THREAD)));
}
