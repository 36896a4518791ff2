import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyOutlineSchema } from '$lib/story/copy-schema';
import { claimsUse } from './claims-use';

describe('claimsUse', () => {
  const ledger = ['a', 'b', 'c', 'd'];
  it('splits the ledger into cited, deliberately not used and undecided, and counts the reasons', () => {
    const notUsed = { c: { reason: 'garbled' } };
    expect(claimsUse({ ledger, cited: ['b', 'a', 'b'], notUsed, file: 'story.json' })).toEqual({
      cited: ['a', 'b'],
      notUsed: ['c'],
      undecided: ['d'],
      byReason: { garbled: 1 }
    });
  });
  it('rejects a listed id the ledger does not have, and a claim both cited and listed, naming each', () => {
    const notUsed = { x: { reason: 'weak' }, a: { reason: 'duplicate' } };
    expect(() => claimsUse({ ledger, cited: ['a'], notUsed, file: 'content/2026/story.json' })).toThrow(
      [
        'content/2026/story.json: claimsNotUsed.x: expected a claim id of the ledger, got "x" (no such claim)',
        "content/2026/story.json: claimsNotUsed.a: the story's copy cites this claim, so it cannot be listed as not used"
      ].join('\n')
    );
  });
  it('story.json takes only the listed reasons, each with a note', () => {
    const parse = (entry: unknown) => storyOutlineSchema.safeParse({ sections: ['goods'], claimsNotUsed: { a: entry } });
    expect(parse({ reason: 'weak', note: 'No source.' }).success).toBe(true);
    expect(parse({ reason: 'boring', note: 'x' }).success).toBe(false);
    expect(parse({ reason: 'weak', note: ' ' }).success).toBe(false);
    expect(parse({ reason: 'weak' }).success).toBe(false);
  });
});

// Every edition's story decides on every claim of its ledger: cited in the copy, or listed in story.json with a reason.
const content = new URL('../../content', import.meta.url).pathname;
const editionsDir = new URL('../../../../../packages/data/editions', import.meta.url).pathname;
const CLAIM_REF = /\{claim:([a-z0-9-]+?)(?:\.year)?\}/g;

describe('the story and the claims ledger', () => {
  const editions = readdirSync(content).filter((e) => existsSync(join(editionsDir, e, 'claims.json')));
  it('finds the editions', () => expect(editions.length).toBeGreaterThanOrEqual(1));
  for (const edition of editions) {
    it(`${edition}: every claim is cited in the copy or listed as not used, with a reason`, () => {
      const outline = storyOutlineSchema.parse(JSON.parse(readFileSync(join(content, edition, 'story.json'), 'utf8')));
      const ledger = (JSON.parse(readFileSync(join(editionsDir, edition, 'claims.json'), 'utf8')) as {
        claims: { id: string }[];
      }).claims.map((c) => c.id);
      const cited = ['en', 'zh'].flatMap((locale) =>
        [...outline.sections, 'meta'].flatMap((name) =>
          [...readFileSync(join(content, edition, locale, `${name}.json`), 'utf8').matchAll(CLAIM_REF)].map((m) => m[1])
        )
      );
      const use = claimsUse({
        ledger,
        cited,
        notUsed: outline.claimsNotUsed ?? {},
        file: `src/content/${edition}/story.json`
      });
      console.info(
        `claims ledger ${edition}: ${ledger.length} claims, ${use.cited.length} cited in the story, ${use.notUsed.length} not used on purpose (${Object.entries(
          use.byReason
        )
          .sort()
          .map(([r, n]) => `${r} ${n}`)
          .join(', ')}), ${use.undecided.length} undecided${use.undecided.length ? `: ${use.undecided.join(', ')}` : ''}`
      );
      expect(use.undecided, 'cite these claims in the copy, or list them in story.json claimsNotUsed').toEqual([]);
      expect(use.cited.length + use.notUsed.length).toBe(ledger.length);
    });
  }
});
