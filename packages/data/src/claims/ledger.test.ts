import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildClaims } from './build-claims.ts';
import { loadClaims } from './load-claims.ts';
import { quoteInText } from './quote-in-text.ts';
import { valueInQuote } from './value-in-quote.ts';
import { sharedInput } from '../../test/shared-input.ts';

// The curated ledger itself, checked against the seed texts it quotes.
const here = dirname(fileURLToPath(import.meta.url));
const packageDir = resolve(here, '../..');
const claimsDir = join(packageDir, 'claims');
const seedsDir = process.env.DTR_SEEDS ?? resolve(packageDir, '../../../shared/seeds');
const hasSeeds = sharedInput(seedsDir, 'claims ledger against the seed texts');
const ledger = loadClaims({ claimsDir });

describe('claims ledger (packages/data/claims)', () => {
  it('validates and covers all five seed texts', () => {
    expect(ledger.texts.map((t) => t.text)).toEqual([
      '000_551c26c572c027b1',
      '001_16269ce5feefef16',
      '002_4b09c2ffe7c5dda9',
      '003_54128b95a78e6aee',
      '004_fe9877d506f65392'
    ]);
    expect(ledger.claims.length).toBeGreaterThanOrEqual(100);
  });

  it.each(ledger.claims.map((c) => [c.id, c] as const))('%s: the value (or the name) is written in the quote', (_id, claim) => {
    if (claim.value === null) expect(claim.quote).toContain(claim.subject);
    else expect(valueInQuote(claim.value, claim.quote)).toBe(true);
  });

  it('names RCEP, CPTPP and DEPA from the Yu Ya text, undated, as the WTO file does not list them for China', () => {
    const named = ledger.claims.filter((c) => c.unit === 'agreement');
    expect(named.map((c) => [c.id, c.subject, c.value, c.year, c.text])).toEqual([
      ['yu-cptpp-application', 'CPTPP', null, null, '001_16269ce5feefef16'],
      ['yu-depa-application', 'DEPA', null, null, '001_16269ce5feefef16'],
      ['yu-rcep-joined', 'RCEP', null, null, '001_16269ce5feefef16']
    ]);
  });

  describe.skipIf(!hasSeeds)('against the seed texts', () => {
    const seeds = new Map<string, string>();
    const seed = (text: string) => {
      if (!seeds.has(text)) seeds.set(text, readFileSync(join(seedsDir, `${text}.txt`), 'utf8'));
      return seeds.get(text)!;
    };

    it.each(ledger.claims.map((c) => [c.id, c] as const))('%s: the quote occurs in its seed text', (_id, claim) => {
      expect(quoteInText(claim.quote, seed(claim.text))).toBe(true);
    });

    it('builds with the seed check switched on', () => {
      expect(() => loadClaims({ claimsDir, seedsDir })).not.toThrow();
    });
  });

  it('every conflict group with a dataset value compares at least one claim in the same unit, or explains why not', () => {
    for (const g of ledger.conflicts) {
      if (g.dataset && g.differences.length === 0) expect(g.explanation).toMatch(/per 100|implies/);
    }
  });

  it('the dataset values of the conflict groups match the built edition series', () => {
    const editionDir = join(packageDir, 'editions/2026');
    expect(() => loadClaims({ claimsDir, editionDir })).not.toThrow();
  });

  it('the committed editions/2026 claims files are what the inputs build', () => {
    const committed = join(packageDir, 'editions/2026');
    const out = join(mkdtempSync(join(tmpdir(), 'ledger-')), '2026');
    buildClaims({ editionDir: out, claimsDir });
    expect(readFileSync(join(out, 'claims.json'), 'utf8')).toBe(readFileSync(join(committed, 'claims.json'), 'utf8'));
    expect(readFileSync(join(out, 'claims.csv'), 'utf8')).toBe(readFileSync(join(committed, 'claims.csv'), 'utf8'));
  });
});
