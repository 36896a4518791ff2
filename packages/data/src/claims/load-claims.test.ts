import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimsValidationError, formatIssue } from './claim-issue.ts';
import { fixtureClaim, fixtureText, writeClaimsDir } from './claims-fixture.ts';
import { loadClaims } from './load-claims.ts';

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof ClaimsValidationError) return e.issues.map(formatIssue);
    throw e;
  }
  return [];
}

describe('loadClaims', () => {
  it('rejects an id used in two texts, naming both files', () => {
    const dir = writeClaimsDir({
      't1.json': fixtureText([fixtureClaim()]),
      't2.json': fixtureText([fixtureClaim({ text: 't2' })], { text: 't2' })
    });
    expect(issuesOf(() => loadClaims({ claimsDir: dir }))).toEqual([
      't2.json: claim 0 (tx-cbec-2022-value): field "id": expected an id unique across all texts, got "tx-cbec-2022-value", also in t1.json'
    ]);
  });

  it('reports broken JSON with the parser message', () => {
    const dir = writeClaimsDir({ 't1.json': '{"text": "t1",' });
    const [issue] = issuesOf(() => loadClaims({ claimsDir: dir }));
    expect(issue).toMatch(/^t1\.json: field "\(file\)": expected valid UTF-8 JSON, got /);
  });

  it('accepts a UTF-8 BOM', () => {
    const dir = writeClaimsDir({ 't1.json': '\uFEFF' + JSON.stringify(fixtureText([fixtureClaim()])) });
    expect(loadClaims({ claimsDir: dir }).claims).toHaveLength(1);
  });

  it('rejects an empty or missing folder', () => {
    expect(issuesOf(() => loadClaims({ claimsDir: writeClaimsDir({}) }))[0]).toMatch(
      /field "\(folder\)": expected at least one <text>\.json, got none$/
    );
    expect(issuesOf(() => loadClaims({ claimsDir: '/no/such/dir' }))).toEqual([
      '/no/such/dir: field "(folder)": expected a folder of claim files, got no such folder'
    ]);
  });

  it('checks quotes and values against the seed text when a seeds folder is given', () => {
    const dir = writeClaimsDir({
      't1.json': fixtureText([
        fixtureClaim(),
        fixtureClaim({ id: 'tx-bad-quote', quote: 'reaching 2.2 trillion yuan' }),
        fixtureClaim({ id: 'tx-bad-value', value: 3 })
      ])
    });
    const seeds = writeClaimsDir({});
    writeFileSync(join(seeds, 't1.txt'), 'In 2022 it exceeded 2 trillion yuan,\nreaching 2.1 trillion   yuan.');
    expect(issuesOf(() => loadClaims({ claimsDir: dir, seedsDir: seeds }))).toEqual([
      't1.json: claim 1 (tx-bad-quote): field "quote": expected a phrase that occurs in t1.txt, got "reaching 2.2 trillion yuan"',
      't1.json: claim 1 (tx-bad-quote): field "value": expected a number written in the quote, got 2.1',
      't1.json: claim 2 (tx-bad-value): field "value": expected a number written in the quote, got 3'
    ]);
  });

  it('checks a named claim (no value) by its name in the quote', () => {
    const named = { value: null, unit: 'agreement', year: null, topic: 'rules' as const, quote: 'has applied to join CPTPP' };
    const dir = writeClaimsDir({
      't1.json': fixtureText([
        fixtureClaim({ ...named, id: 'tx-cptpp-application', subject: 'CPTPP' }),
        fixtureClaim({ ...named, id: 'tx-depa-application', subject: 'DEPA' })
      ])
    });
    const seeds = writeClaimsDir({});
    writeFileSync(join(seeds, 't1.txt'), 'China has applied to join CPTPP.');
    expect(issuesOf(() => loadClaims({ claimsDir: dir, seedsDir: seeds }))).toEqual([
      't1.json: claim 1 (tx-depa-application): field "subject": expected a name written in the quote, got "DEPA"'
    ]);
  });

  it('rejects an indicator the edition does not have', () => {
    const dir = writeClaimsDir({ 't1.json': fixtureText([fixtureClaim({ indicator: 'cbec-value' })]) });
    expect(issuesOf(() => loadClaims({ claimsDir: dir, indicators: ['dds-exports'] }))).toEqual([
      't1.json: claim 0 (tx-cbec-2022-value): field "indicator": expected an indicator id of the edition catalogue, or null, got "cbec-value"'
    ]);
  });

  it('adds author, title and conflict ids to each claim and differences to each conflict', () => {
    const dir = writeClaimsDir({
      't1.json': fixtureText([
        fixtureClaim({ id: 'tx-dds', value: 371.08, unit: 'US$ bn', quote: 'US$371.08 billion' })
      ]),
      'conflicts.json': {
        conflicts: [
          {
            id: 'g-1',
            claims: ['tx-dds'],
            reasons: ['vintage'],
            dataset: { series: 'dds', entity: 'CHN', year: 2022, value: 364165, unit: 'US$ mn', source: 's' },
            explanation: 'e'
          }
        ]
      }
    });
    const ledger = loadClaims({ claimsDir: dir });
    expect(ledger.claims[0]).toMatchObject({ id: 'tx-dds', author: 'A. Author', title: 'A title', conflicts: ['g-1'] });
    expect(ledger.conflicts[0].differences).toEqual([
      {
        claim: 'tx-dds',
        usesReading: false,
        claimValue: 371080,
        datasetValue: 364165,
        unit: 'US$ mn',
        absolute: 6915,
        relative: 0.018989
      }
    ]);
    expect(ledger.texts).toEqual([
      {
        text: 't1',
        author: 'A. Author',
        title: 'A title',
        year: null,
        language: 'en',
        note: 'Fixture.',
        caveats: [],
        claims: 1
      }
    ]);
  });
});

describe('loadClaims with an edition folder', () => {
  it('rejects a conflict dataset value that differs from the edition series', () => {
    const editionDir = writeClaimsDir({});
    mkdirSync(join(editionDir, 'series'));
    writeFileSync(
      join(editionDir, 'series', 'dds-exports.json'),
      JSON.stringify({ years: [2022], values: { CHN: [207007] }, scale: 1e6 })
    );
    const dir = writeClaimsDir({
      't1.json': fixtureText([
        fixtureClaim({ id: 'tx-dds', value: 371.08, unit: 'US$ bn', quote: 'US$371.08 billion' })
      ]),
      'conflicts.json': {
        conflicts: [
          {
            id: 'g-1',
            claims: ['tx-dds'],
            reasons: ['definition'],
            dataset: { series: 'dds-exports', entity: 'CHN', year: 2022, value: 364165, unit: 'US$ mn', source: 's' },
            explanation: 'e'
          }
        ]
      }
    });
    expect(issuesOf(() => loadClaims({ claimsDir: dir, editionDir }))).toEqual([
      'conflicts.json: conflict 0 (g-1): field "dataset.value": expected 207007 US$ mn (series/dds-exports.json, CHN 2022), got 364165'
    ]);
  });
});
