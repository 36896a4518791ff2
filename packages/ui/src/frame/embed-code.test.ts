import { expect, it } from 'vitest';
import { embedCode } from './embed-code.ts';

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

it('embedCode marks its iframe for the host script, which trusts only marked frames on its own origin', () => {
  const code = embedCode({
    embedUrl: 'https://report.example/zh/embed/2026/dds-china/',
    hostScriptUrl: 'https://report.example/embed.js',
    title: '数字交付服务',
    id: 'dds-china'
  });
  const iframe = code.match(/<iframe [^>]*>/)![0];
  expect(iframe).toContain(' data-dtr-embed="dds-china" ');
  const frameOrigin = new URL(iframe.match(/src="([^"]+)"/)![1]).origin;
  const scriptOrigin = new URL(code.match(/<script src="([^"]+)"/)![1]).origin;
  expect(frameOrigin).toBe(scriptOrigin);
  expect(code.match(/data-dtr-embed=/g)).toHaveLength(1);
});
