import { describe, expect, it } from 'vitest';
import { textRuns } from './text-runs';

describe('textRuns', () => {
  const page =
    '<html lang="zh-CN"><head><title>方法 · 报告</title><style>p{}</style></head><body>' +
    '<!-- x --><p>中国<q lang="en">second in the world</q>排名</p><code>dds-exports</code>' +
    '<a aria-label="Read in English" lang="en" href="/">English</a><img alt="地图"><br>' +
    '<svg><text x="1">2024年</text><path d="M0 0"/></svg><script>var a = "x";</script></body></html>';
  it('gives element text and read-out attributes with the nearest lang, skipping code, scripts, styles and comments', () => {
    expect(textRuns(page)).toEqual([
      { text: '方法 · 报告', lang: 'zh-CN', where: 'title' },
      { text: '中国', lang: 'zh-CN', where: 'p' },
      { text: 'second in the world', lang: 'en', where: 'q' },
      { text: '排名', lang: 'zh-CN', where: 'p' },
      { text: 'Read in English', lang: 'en', where: 'a@aria-label' },
      { text: 'English', lang: 'en', where: 'a' },
      { text: '地图', lang: 'zh-CN', where: 'img@alt' },
      { text: '2024年', lang: 'zh-CN', where: 'text' }
    ]);
  });
  it('decodes entities (&amp;, &#39;, &#x4e2d;)', () => {
    expect(textRuns('<p lang="en">R&amp;D&#39;s &#x4e2d;</p>')[0].text).toBe("R&D's 中");
  });
});
