import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coreThreadBundle, loadCoreThreadBundle } from './core-thread-bundle.ts';

const source = (name: string) => fileURLToPath(new URL(name, import.meta.url));

describe('loadCoreThreadBundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dtr-bundle-'));
  const manifestFile = join(dir, 'core-thread.inputs.json');

  it('bundles the thread body into one JavaScript module with no TypeScript or relative imports, and writes it', () => {
    const first = loadCoreThreadBundle({ dir });
    expect(first.built).toBe(true);
    expect(first.url.href).toBe(`file://${join(dir, 'core-thread.mjs')}`);
    const code = readFileSync(fileURLToPath(first.url), 'utf8');
    // Only Node's own modules are imported; comlink and the api are inside.
    const imports = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports.every((s) => s.startsWith('node:'))).toBe(true);
    expect(code).not.toMatch(/from "\.{1,2}\//);
    expect(code).toContain('must run inside a worker thread');
    // The manifest lists the sources it was built from, relative to the bundle's folder.
    const inputs = JSON.parse(readFileSync(manifestFile, 'utf8')).inputs.map((i: { path: string }) =>
      resolve(dir, i.path)
    );
    expect(inputs).toContain(source('./core-thread.ts'));
    expect(inputs).toContain(source('../worker/api.ts'));
  });

  it('the next load reuses the written bundle without esbuild while every source is unchanged', () => {
    const again = loadCoreThreadBundle({ dir });
    expect(again.built).toBe(false);
    expect(again.url.href).toBe(`file://${join(dir, 'core-thread.mjs')}`);
  });

  it('rebuilds when a source differs from the manifest (here: its recorded size), or the manifest is unreadable', () => {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    manifest.inputs[manifest.inputs.length - 1].size += 1;
    writeFileSync(manifestFile, JSON.stringify(manifest));
    expect(loadCoreThreadBundle({ dir }).built).toBe(true);
    expect(loadCoreThreadBundle({ dir }).built).toBe(false);
    writeFileSync(manifestFile, '{');
    expect(loadCoreThreadBundle({ dir }).built).toBe(true);
  });
});

it('coreThreadBundle loads the package bundle once per process', () => {
  const url = coreThreadBundle();
  expect(url.href).toMatch(/\/dist\/core-thread\.mjs$|^data:/);
  expect(coreThreadBundle()).toBe(url);
});
