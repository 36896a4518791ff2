function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * Responsive embed code: an iframe that fills its column (`width:0;min-width:100%`, as Datawrapper does) with a
 * title for screen readers, plus the host script that listens for `dtr:resize` messages and sets its height.
 */
export function embedCode({
  embedUrl,
  hostScriptUrl,
  title,
  height = 500,
  id
}: {
  embedUrl: string;
  hostScriptUrl: string;
  title: string;
  height?: number;
  id: string;
}): string {
  const t = escapeAttribute(title);
  return (
    `<iframe src="${escapeAttribute(embedUrl)}" title="${t}" aria-label="${t}" id="dtr-${escapeAttribute(id)}" ` +
    `data-dtr-embed="${escapeAttribute(id)}" scrolling="no" frameborder="0" loading="lazy" ` +
    `style="width:0;min-width:100%;border:none" height="${Math.round(height)}"></iframe>` +
    `<script src="${escapeAttribute(hostScriptUrl)}" async></script>`
  );
}
