import { describe, expect, it } from 'vitest';
import { formatIssue } from './claim-issue.ts';
import { fixtureClaim, fixtureText } from './claims-fixture.ts';
import { UNITS } from './units.ts';
import { validateTextFile } from './validate-text-file.ts';

const messages = (data: unknown, file = 't1.json') => validateTextFile(data, file).issues.map(formatIssue);

describe('validateTextFile', () => {
  it('accepts a valid file and returns it typed', () => {
    const file = fixtureText([fixtureClaim()]);
    expect(validateTextFile(file, 't1.json')).toEqual({ value: file, issues: [] });
  });

  it('rejects a unit outside the list, naming file, claim, field, expected and got', () => {
    const units = Object.keys(UNITS)
      .map((u) => `"${u}"`)
      .join(', ');
    expect(messages(fixtureText([fixtureClaim({ unit: 'USD bn' })]))).toEqual([
      `t1.json: claim 0 (tx-cbec-2022-value): field "unit": expected one of ${units}, got "USD bn"`
    ]);
  });

  it('reports a missing required field', () => {
    const claim: Record<string, unknown> = { ...fixtureClaim() };
    delete claim.quote;
    expect(messages(fixtureText([claim as never]))).toEqual([
      't1.json: claim 0 (tx-cbec-2022-value): field "quote": expected a value (required field), got nothing (field missing)'
    ]);
  });

  it('reports a duplicate id within a file at the second occurrence', () => {
    expect(messages(fixtureText([fixtureClaim(), fixtureClaim({ value: 2.1, note: 'again' })]))).toEqual([
      't1.json: claim 1 (tx-cbec-2022-value): field "id": expected an id not used before in this file, got "tx-cbec-2022-value"'
    ]);
  });

  it('labels a claim without an id by its index', () => {
    expect(messages(fixtureText([fixtureClaim({ id: 7 as never })]))).toEqual([
      't1.json: claim 0: field "id": expected lower-case words joined by hyphens, e.g. "yu-cbec-2022-value", got 7'
    ]);
  });

  it('reports text in a numeric field, a year out of range and an unknown entity', () => {
    expect(messages(fixtureText([fixtureClaim({ value: '2.1' as never, year: 2200, entity: 'XXX' })]))).toEqual([
      't1.json: claim 0 (tx-cbec-2022-value): field "value": expected a finite number, got "2.1"',
      't1.json: claim 0 (tx-cbec-2022-value): field "year": expected an integer 1950-2050 or null, got 2200',
      't1.json: claim 0 (tx-cbec-2022-value): field "entity": expected an ISO3 code, a province code such as CN-GD, or a group code (WLD, BRI, CN-YRD, ...), got "XXX"'
    ]);
  });

  it('reports unknown fields, a quote over 200 characters and a claim filed under another text', () => {
    const issues = messages(fixtureText([fixtureClaim({ quote: 'x'.repeat(201), text: 't2', colour: 'red' })]));
    expect(issues).toHaveLength(3);
    expect(issues[0]).toMatch(/^t1\.json: claim 0 \(tx-cbec-2022-value\): field "colour": expected no such field/);
    expect(issues[1]).toBe(
      't1.json: claim 0 (tx-cbec-2022-value): field "text": expected "t1" (the file\'s text id), got "t2"'
    );
    expect(issues[2]).toMatch(/field "quote": expected a non-empty string of at most 200 characters, got "x+\.\.\.$/);
  });

  it('checks the file-level fields against the file name', () => {
    expect(messages(fixtureText([fixtureClaim()], { text: 't9', author: '', language: 'fr' as never }))).toEqual([
      't1.json: field "text": expected "t1" (the file name without .json), got "t9"',
      't1.json: field "author": expected a non-empty string ("not stated" when the text is silent), got ""',
      't1.json: field "language": expected one of en, zh, got "fr"'
    ]);
  });

  it('rejects a file with no claims or not an object', () => {
    expect(messages(fixtureText([]))).toEqual([
      't1.json: field "claims": expected a non-empty array of claims, got []'
    ]);
    expect(messages([])).toEqual([
      't1.json: field "(root)": expected a JSON object with text, author, title, year, language, note, caveats, claims, got []'
    ]);
  });

  it('checks qualifier and reading', () => {
    expect(
      messages(fixtureText([fixtureClaim({ qualifier: 'roughly' as never, reading: { value: 3 } as never })]))
    ).toEqual([
      't1.json: claim 0 (tx-cbec-2022-value): field "qualifier": expected one of about, more than, less than, forecast, top, got "roughly"',
      't1.json: claim 0 (tx-cbec-2022-value): field "reading": expected { value: finite number, year: integer or null }, got {"value":3}'
    ]);
  });

  it('takes a null value only for a named claim (unit "agreement"), which must say what it names', () => {
    const named = { value: null, unit: 'agreement', quote: 'has applied to join CPTPP' };
    expect(messages(fixtureText([fixtureClaim({ ...named, subject: 'CPTPP' })]))).toEqual([]);
    expect(
      messages(
        fixtureText([
          fixtureClaim({ ...named }),
          fixtureClaim({ id: 'tx-counted', value: 1, unit: 'agreement', subject: 'CPTPP' }),
          fixtureClaim({ id: 'tx-no-value', value: null as never })
        ])
      )
    ).toEqual([
      't1.json: claim 0 (tx-cbec-2022-value): field "subject": expected the name the claim states (required with unit "agreement"), got nothing (field missing)',
      't1.json: claim 1 (tx-counted): field "value": expected null (a claim in "agreement" names, not counts), got 1',
      't1.json: claim 2 (tx-no-value): field "value": expected a finite number, got null'
    ]);
  });
});
