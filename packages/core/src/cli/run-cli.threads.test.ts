import { describe, expect, it } from 'vitest';
import { threadsFixture } from '../../test/threads-fixture.ts';
import { startCoreThread } from '../threads/start-core-thread.ts';
import { runCli } from './run-cli.ts';

const files = threadsFixture({ units: 60, seed: 5 });

async function run(...extra: string[]) {
  return runWith([], ...extra);
}

async function runWith(started: ReturnType<typeof startCoreThread>[], ...extra: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(
    ['uncertainty', '--data', 'd.csv', '--meta', 'm.csv', '--spec', 's.json', '--seed', '17', ...extra],
    { readFile: (p) => files[p], stdout: (s) => (out += s), stderr: (s) => (err += s), now: () => 0, started }
  );
  expect(err).toBe('');
  expect(code).toBe(0);
  return out;
}

describe('dtr uncertainty --threads', () => {
  it('Monte Carlo output is byte-identical for 1, 2 and 3 threads (999 draws, seed 17), with --sensitivity', async () => {
    const one = await run('--draws', '999', '--threads', '1', '--sensitivity');
    expect(one.split('\n')).toHaveLength(60 + 1 + 1 + 1 + 4 + 1);
    expect(await run('--draws', '999', '--threads', '2', '--sensitivity')).toBe(one);
    expect(await run('--draws', '999', '--threads', '3', '--sensitivity')).toBe(one);
    // A different seed gives different numbers, so the equality above is not vacuous.
    expect(await run('--draws', '999', '--threads', '2', '--seed', '18')).not.toBe(one.split('\n\n')[0] + '\n');
  });
  it('grid output (12 combinations) is byte-identical for 1, 2 and 3 threads', async () => {
    const one = await run('--grid', '--threads', '1');
    expect(await run('--grid', '--threads', '2')).toBe(one);
    expect(await run('--grid', '--threads', '3')).toBe(one);
  });
  it('workers started before the run (as cli.ts starts them) are used by default, give the same bytes, stay alive', async () => {
    const one = await run('--draws', '2000', '--threads', '1', '--sensitivity');
    const threads = [startCoreThread(), startCoreThread()];
    // Each started worker's shared-memory calls are counted, to see which ones a run asked to draw.
    const calls = [0, 0];
    const started = threads.map((t, i) => ({
      ...t,
      remote: {
        uncertaintyShared: (input: Parameters<typeof t.remote.uncertaintyShared>[0]) => {
          calls[i]++;
          return t.remote.uncertaintyShared(input);
        }
      } as unknown as typeof t.remote
    }));
    try {
      // No --threads: chooseThreads would pick one thread for 2,000 draws, but the two started workers are used.
      expect(await runWith(started, '--draws', '2000', '--sensitivity')).toBe(one);
      expect(calls).toEqual([1, 1]);
      // --threads 2 uses one of them; --threads 4 adds one more of its own (and terminates only that one).
      expect(await runWith(started, '--draws', '2000', '--threads', '2', '--sensitivity')).toBe(one);
      expect(calls).toEqual([2, 1]);
      expect(await runWith(started, '--draws', '2000', '--threads', '4', '--sensitivity')).toBe(one);
      expect(calls).toEqual([3, 2]);
      expect(await runWith(started, '--grid', '--threads', '3')).toBe(await run('--grid', '--threads', '1'));
      // The caller owns them: runCli left them running.
      await Promise.all(threads.map((t) => t.remote.cancel()));
    } finally {
      await Promise.all(threads.map((t) => t.terminate()));
    }
  }, 60_000);
  it('--threads must be a whole number in [1, 64]', async () => {
    let err = '';
    const code = await runCli(['uncertainty', '--data', 'd.csv', '--meta', 'm.csv', '--threads', '0'], {
      readFile: (p) => files[p],
      stdout: () => {},
      stderr: (s) => (err += s),
      now: () => 0
    });
    expect(code).toBe(2);
    expect(err).toMatch(/^dtr: --threads: expected a whole number in \[1, 64\], got 0\n/);
  });
});
