import { describe, expect, it } from 'vitest';
import { scriptRuns } from './script-runs';

describe('scriptRuns', () => {
  it('splits Han stretches from the English around them', () => {
    expect(scriptRuns('the NBS unit is 万件, 10,000 pieces')).toEqual([
      { text: 'the NBS unit is ', han: false },
      { text: '万件', han: true },
      { text: ', 10,000 pieces', han: false }
    ]);
  });
  it('gives one run for text in one script, none for the empty string', () => {
    expect(scriptRuns('copied as published')).toEqual([{ text: 'copied as published', han: false }]);
    expect(scriptRuns('第一产业')).toEqual([{ text: '第一产业', han: true }]);
    expect(scriptRuns('')).toEqual([]);
  });
});
