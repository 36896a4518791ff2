import { describe, expect, it } from 'vitest';
import { earlyThreads } from './early-threads.ts';

const idle2 = { cores: 2, load: 0 };

describe('earlyThreads', () => {
  it('dtr uncertainty on an idle 2-core machine starts one worker; with 8 idle cores seven', () => {
    expect(earlyThreads({ argv: ['uncertainty', '--data', 'd.csv', '--draws', '10000'], ...idle2 })).toBe(1);
    expect(earlyThreads({ argv: ['uncertainty'], cores: 8, load: 0.4 })).toBe(7);
  });
  it('a core the load average keeps busy gets no worker: load 1.5 on 2 cores starts none, 3.2 on 8 starts four', () => {
    expect(earlyThreads({ argv: ['uncertainty'], cores: 2, load: 1.5 })).toBe(0);
    expect(earlyThreads({ argv: ['uncertainty'], cores: 2, load: 9 })).toBe(0);
    expect(earlyThreads({ argv: ['uncertainty'], cores: 8, load: 3.2 })).toBe(4);
  });
  it('--threads T starts T − 1 whatever the load; an invalid T starts none (runCli reports it)', () => {
    expect(earlyThreads({ argv: ['uncertainty', '--threads', '3'], cores: 2, load: 9 })).toBe(2);
    expect(earlyThreads({ argv: ['uncertainty', '--threads=1'], ...idle2 })).toBe(0);
    expect(earlyThreads({ argv: ['uncertainty', '--threads', '0'], ...idle2 })).toBe(0);
    expect(earlyThreads({ argv: ['uncertainty', '--threads', '65'], ...idle2 })).toBe(0);
    expect(earlyThreads({ argv: ['uncertainty', '--threads', '2.5'], ...idle2 })).toBe(0);
    expect(earlyThreads({ argv: ['uncertainty', '--threads'], ...idle2 })).toBe(0);
  });
  it('other commands start none (index is one pass; audit and sensitivity start their own pool)', () => {
    for (const command of ['index', 'audit', 'sensitivity', 'nope'])
      expect(earlyThreads({ argv: [command, '--threads', '2'], ...idle2 })).toBe(0);
    expect(earlyThreads({ argv: [], ...idle2 })).toBe(0);
  });
});
