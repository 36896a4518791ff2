import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle.ts';

describe('whenIdle', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('without requestIdleCallback (WebKit, Node) runs after a zero-delay timeout; cancelled, it never runs', async () => {
    const ran: string[] = [];
    whenIdle(() => ran.push('a'));
    const cancel = whenIdle(() => ran.push('b'));
    cancel();
    expect(ran).toEqual([]);
    await new Promise((r) => setTimeout(r, 5));
    expect(ran).toEqual(['a']);
  });
  it('uses requestIdleCallback with a 500 ms timeout where there is one, and cancels through cancelIdleCallback', () => {
    const request = vi.fn((run: () => void, options: { timeout: number }) => (options.timeout === 500 ? 7 : 0));
    const cancelIdle = vi.fn();
    vi.stubGlobal('requestIdleCallback', request);
    vi.stubGlobal('cancelIdleCallback', cancelIdle);
    const run = () => {};
    const cancel = whenIdle(run);
    expect(request).toHaveBeenCalledWith(run, { timeout: 500 });
    cancel();
    expect(cancelIdle).toHaveBeenCalledWith(7);
  });
});
