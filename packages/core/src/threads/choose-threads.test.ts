import { describe, expect, it } from 'vitest';
import { CELLS_PER_THREAD, chooseThreads } from './choose-threads.ts';

describe('chooseThreads', () => {
  it('10,000 draws × 200 units × 36 rows (72 M cells) stay on one thread even on an idle 2-core machine', () => {
    expect(chooseThreads({ cells: 10_000 * 200 * 36, cores: 2, load: 0 })).toBe(1);
  });
  it('one thread per CELLS_PER_THREAD cells, up to the cores', () => {
    expect(chooseThreads({ cells: 2 * CELLS_PER_THREAD, cores: 2, load: 0 })).toBe(2);
    expect(chooseThreads({ cells: 2 * CELLS_PER_THREAD - 1, cores: 8, load: 0 })).toBe(1);
    expect(chooseThreads({ cells: 100 * CELLS_PER_THREAD, cores: 8, load: 0 })).toBe(8);
  });
  it('a core the load average keeps busy is not used: load 1.5 on 2 cores leaves one, load 9 still one', () => {
    expect(chooseThreads({ cells: 100 * CELLS_PER_THREAD, cores: 2, load: 0.9 })).toBe(2);
    expect(chooseThreads({ cells: 100 * CELLS_PER_THREAD, cores: 2, load: 1.5 })).toBe(1);
    expect(chooseThreads({ cells: 100 * CELLS_PER_THREAD, cores: 2, load: 9 })).toBe(1);
    expect(chooseThreads({ cells: 100 * CELLS_PER_THREAD, cores: 8, load: 3.2 })).toBe(5);
  });
  it('worker threads already started are used whatever the size or the load now (their start-up is paid)', () => {
    expect(chooseThreads({ cells: 10_000 * 200 * 36, cores: 2, load: 0, started: 1 })).toBe(2);
    expect(chooseThreads({ cells: 0, cores: 2, load: 9, started: 1 })).toBe(2);
    expect(chooseThreads({ cells: 100 * CELLS_PER_THREAD, cores: 8, load: 0, started: 3 })).toBe(8);
  });
  it('no work is still one thread', () => {
    expect(chooseThreads({ cells: 0, cores: 4, load: 0 })).toBe(1);
  });
});
