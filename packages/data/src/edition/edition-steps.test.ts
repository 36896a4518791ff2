import { describe, expect, it } from 'vitest';
import { editionSteps } from './edition-steps.ts';

const configDir = new URL('../../editions/2026/config/', import.meta.url).pathname;

describe('editionSteps', () => {
  it("editionSteps builds one step per catalogue series, the cable series after the BRI members, the catalogue last", () => {
    const outputs = editionSteps({ configDir }).map((s) => s.output);
    expect(outputs.filter((o) => o.startsWith('series/'))).toHaveLength(79);
    expect(outputs.indexOf('entities/bri.json')).toBeLessThan(outputs.indexOf('series/cables-in-service.json'));
    expect(outputs.indexOf('entities/bri.json')).toBeGreaterThan(outputs.indexOf('series/internet-users.json'));
    expect(outputs.at(-1)).toBe('catalogue.json');
    expect(new Set(outputs).size).toBe(outputs.length);
  });
});
