import { expect, it } from 'vitest';
import { coreThreadBundle } from './core-thread-bundle.ts';

it('coreThreadBundle bundles the thread body once into one JavaScript module with no TypeScript or relative imports', () => {
  const url = coreThreadBundle();
  expect(url.protocol).toBe('data:');
  const code = Buffer.from(url.pathname.slice(url.pathname.indexOf(',') + 1), 'base64').toString('utf8');
  // Only Node's own modules are imported; comlink and the api are inside.
  const imports = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
  expect(imports.every((s) => s.startsWith('node:'))).toBe(true);
  expect(code).not.toMatch(/from "\.{1,2}\//);
  expect(code).toContain('must run inside a worker thread');
  expect(coreThreadBundle()).toBe(url);
});
