/** A piece of reader-facing text in a built page, with the language in force where it stands. */
export interface TextRun {
  text: string;
  /** The nearest `lang` attribute on the element or its ancestors (the `<html lang>` at the top). */
  lang: string;
  /** Where it stands: the element (or `tag@attribute`) it belongs to. */
  where: string;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr'
]);
/** Elements whose content no reader sees as words, or that hold code (ids, paths, formulas) by design. */
const SKIP = new Set(['script', 'style', 'code', 'pre', 'noscript', 'template']);
/** Attributes read out or shown to readers. */
const READ = ['aria-label', 'alt', 'title', 'placeholder', 'aria-description'];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e] ?? m)
  );

const attr = (attrs: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(attrs)
    ?.slice(1)
    .find((v) => v !== undefined);

/**
 * The text a reader meets in a prerendered page — element text, `<title>`, and the attributes that are shown or read out
 * (aria-label, alt, title, placeholder) — each with its language. Code, scripts and styles are left out. Written for
 * the well-formed markup SvelteKit emits, not for arbitrary HTML.
 */
export function textRuns(html: string): TextRun[] {
  const runs: TextRun[] = [];
  const stack: { tag: string; lang: string; skip: boolean }[] = [{ tag: '#root', lang: '', skip: false }];
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!doctype[^>]*>/i, '');
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const push = (text: string, where: string, lang: string) => {
    const t = decode(text).replace(/\s+/g, ' ').trim();
    if (t) runs.push({ text: t, lang, where });
  };
  while ((m = tag.exec(body))) {
    const top = stack[stack.length - 1];
    if (!top.skip) push(body.slice(last, m.index), top.tag, top.lang);
    last = tag.lastIndex;
    const [, closing, rawName, attrs, selfClosing] = m;
    const name = rawName.toLowerCase();
    if (closing) {
      const at = stack.map((s) => s.tag).lastIndexOf(name);
      if (at > 0) stack.length = at;
      continue;
    }
    const lang = attr(attrs, 'lang') ?? top.lang;
    const skip = top.skip || SKIP.has(name);
    if (!skip)
      for (const a of READ) {
        const v = attr(attrs, a);
        if (v) push(v, `${name}@${a}`, lang);
      }
    if (name === 'meta' && /name="description"/i.test(attrs))
      push(attr(attrs, 'content') ?? '', 'meta@description', lang);
    if (!selfClosing && !VOID.has(name)) stack.push({ tag: name, lang, skip });
  }
  return runs;
}
