import { describe, expect, it } from 'vitest';
import { rulesEvents } from './rules-events';

const claims = [
  { id: 'a-2021', year: 2021 },
  { id: 'undated', year: null }
];

describe('rulesEvents', () => {
  it("dates an event by its claim's year, or by its text's date, and keeps a plan's last year", () => {
    expect(
      rulesEvents({
        events: [
          { id: 'plan', date: '2019-11', text: '002', until: '2025' },
          { id: 'claimed', claim: 'a-2021' }
        ],
        claims
      })
    ).toEqual([
      { id: 'plan', date: '2019-11', text: '002', until: '2025' },
      { id: 'claimed', date: '2021' }
    ]);
  });

  it('fails, naming the event and the claim, on a claim without a year or missing from the ledger', () => {
    expect(() => rulesEvents({ events: [{ id: 'x', claim: 'undated' }], claims })).toThrow(
      'rules-timeline event "x": the claim "undated" has no year in the ledger'
    );
    expect(() => rulesEvents({ events: [{ id: 'y', claim: 'gone' }], claims })).toThrow('the claim "gone"');
  });
});
