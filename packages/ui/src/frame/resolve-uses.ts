/**
 * A copy of `svg` in which every `<use href="#id">` is replaced by a copy of the element it references (looked up in
 * the svg's document, and nested uses in turn), so the copy draws the same picture on its own. A chart's prerendered
 * layouts share drawings (context.ts `shared`): only the widest holds them, and a file exported from any other layout
 * would otherwise point at nothing. The use carries no x, y or transform (MapShapes, MapRoutes), so its target takes
 * its place unchanged and inherits from the same parent, as the used drawing did; the copy's ids are dropped so the
 * page never holds an id twice.
 */
export function resolveUses({ svg }: { svg: SVGSVGElement }): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const doc = svg.ownerDocument;
  for (let use = copy.querySelector('use'); use; use = copy.querySelector('use')) {
    const href = use.getAttribute('href') ?? use.getAttribute('xlink:href') ?? '';
    const target = href.startsWith('#') ? doc.getElementById(href.slice(1)) : null;
    if (!target) throw new Error(`resolveUses: <use href="${href}"> references no element of the page`);
    const inlined = target.cloneNode(true) as Element;
    for (const el of [inlined, ...inlined.querySelectorAll('[id]')]) el.removeAttribute('id');
    use.replaceWith(inlined);
  }
  return copy;
}
