import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClaims } from './build-claims.ts';
import { ClaimsValidationError } from './claim-issue.ts';
import { fixtureClaim, fixtureText, writeClaimsDir } from './claims-fixture.ts';

const claims = [
  fixtureClaim({ id: 'tx-b', note: 'Second, by id.' }),
  fixtureClaim({ id: 'tx-a', quote: 'reaching 2.1 trillion yuan, a "record"', note: 'First, by id.' })
];
const conflicts = { conflicts: [{ id: 'g-1', claims: ['tx-b', 'tx-a'], reasons: ['vintage'], explanation: 'e' }] };

function build(files: Record<string, unknown>) {
  const editionDir = join(mkdtempSync(join(tmpdir(), 'edition-')), '2026');
  const result = buildClaims({ editionDir, claimsDir: writeClaimsDir(files) });
  return {
    editionDir,
    result,
    json: readFileSync(join(editionDir, 'claims.json'), 'utf8'),
    csv: readFileSync(join(editionDir, 'claims.csv'), 'utf8')
  };
}

describe('buildClaims', () => {
  it('writes claims.json and claims.csv sorted by text then id, and returns claims and conflicts', () => {
    const { result, json, csv } = build({ 't1.json': fixtureText(claims), 'conflicts.json': conflicts });
    expect(result.claims.map((c) => c.id)).toEqual(['tx-a', 'tx-b']);
    expect(result.conflicts.map((g) => g.claims)).toEqual([['tx-a', 'tx-b']]);
    expect(JSON.parse(json).claims.map((c: { id: string }) => c.id)).toEqual(['tx-a', 'tx-b']);
    expect(csv.split('\n')[1].startsWith('tx-a,')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('is deterministic: the same claims in another order give byte-identical files', () => {
    const one = build({ 't1.json': fixtureText(claims), 'conflicts.json': conflicts });
    const two = build({ 't1.json': fixtureText([...claims].reverse()), 'conflicts.json': conflicts });
    expect(two.json).toBe(one.json);
    expect(two.csv).toBe(one.csv);
  });

  it('writes nothing and keeps the previous files when the input is invalid', () => {
    const { editionDir, json, csv } = build({ 't1.json': fixtureText(claims) });
    const bad = writeClaimsDir({ 't1.json': fixtureText([fixtureClaim({ unit: 'USD bn' })]) });
    expect(() => buildClaims({ editionDir, claimsDir: bad })).toThrow(ClaimsValidationError);
    expect(readFileSync(join(editionDir, 'claims.json'), 'utf8')).toBe(json);
    expect(readFileSync(join(editionDir, 'claims.csv'), 'utf8')).toBe(csv);
  });

  it('creates no edition folder from invalid input', () => {
    const editionDir = join(mkdtempSync(join(tmpdir(), 'edition-')), '2026');
    expect(() => buildClaims({ editionDir, claimsDir: writeClaimsDir({ 't1.json': '[]' }) })).toThrow(
      /field "\(root\)"/
    );
    expect(existsSync(editionDir)).toBe(false);
  });
});
