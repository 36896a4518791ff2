import { afterEach, describe, expect, it, vi } from 'vitest';
import { runMain } from './run-main.ts';

afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

describe('runMain', () => {
  it("runMain sets the exit code main returns", async () => {
    await runMain({ main: async (argv) => argv.length, argv: ['a', 'b'] });
    expect(process.exitCode).toBe(2);
  });

  it('runMain prints each error of an AggregateError after its summary and exits 1', async () => {
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    await runMain({ main: () => Promise.reject(new AggregateError([new Error('a: bad'), new Error('b: bad')], '2 errors')), argv: [] });
    expect(printed).toEqual(['2 errors', 'a: bad', 'b: bad']);
    expect(process.exitCode).toBe(1);
  });
});
