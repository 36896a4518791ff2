import { describe, expect, it } from 'vitest';
import { textSource } from './text-source';

describe('textSource', () => {
  it('names author and title in the text’s language, marked lang=en on a Chinese page only', () => {
    expect(textSource({ author: 'Yu Ya', title: 'Research', locale: 'zh' })).toEqual({
      label: 'Yu Ya, Research',
      lang: 'en',
      short: 'Yu Ya'
    });
    expect(textSource({ author: 'Yu Ya', title: 'Research', locale: 'en' })).toEqual({
      label: 'Yu Ya, Research',
      lang: undefined,
      short: 'Yu Ya'
    });
  });
  it('leaves out what the text does not state, and says "unsigned text" in the reader’s words when it states neither', () => {
    expect(textSource({ author: 'not stated', title: 'Expo', locale: 'zh' })).toEqual({
      label: 'Expo',
      lang: 'en',
      short: '未署名原文'
    });
    expect(textSource({ author: 'not stated', title: 'not stated', locale: 'zh' })).toEqual({
      label: '未署名原文',
      short: '未署名原文'
    });
    expect(textSource({ author: 'not stated', title: 'not stated', locale: 'en' })).toEqual({
      label: 'unsigned text',
      short: 'unsigned text'
    });
  });
});
