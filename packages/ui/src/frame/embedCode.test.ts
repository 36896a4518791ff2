import { expect, it } from 'vitest';
import { embedCode } from './embedCode.ts';

it('embedCode builds a titled full-width iframe followed by the host script', () => {
  expect(
    embedCode({
      embedUrl: 'https://example.org/embed/2026/ict-exports?lang=zh',
      hostScriptUrl: 'https://example.org/embed.js',
      title: 'ICT "services" exports',
      height: 420,
      id: 'ict-exports'
    })
  ).toBe(
    '<iframe src="https://example.org/embed/2026/ict-exports?lang=zh" title="ICT &quot;services&quot; exports" ' +
      'aria-label="ICT &quot;services&quot; exports" id="dtr-ict-exports" data-dtr-embed="ict-exports" scrolling="no" ' +
      'frameborder="0" loading="lazy" style="width:0;min-width:100%;border:none" height="420"></iframe>' +
      '<script src="https://example.org/embed.js" async></script>'
  );
});
