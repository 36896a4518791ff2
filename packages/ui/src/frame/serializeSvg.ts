// Properties that CSS variables and stylesheets set on chart marks; inlined so the file renders anywhere.
const inlined = [
  'fill',
  'stroke',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'font-family',
  'font-size',
  'font-weight'
];

/**
 * A standalone SVG document of a rendered chart: computed colours inlined (so theme variables resolve), explicit
 * size, XML namespace, and the background painted. Browser only (uses getComputedStyle and XMLSerializer).
 */
export function serializeSvg(svg: SVGSVGElement, background?: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const style = getComputedStyle(el);
    const out = target[i] as SVGElement;
    for (const p of inlined) out.style.setProperty(p, style.getPropertyValue(p));
    out.removeAttribute('class');
  });
  const box = svg.viewBox.baseVal;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(box.width));
  clone.setAttribute('height', String(box.height));
  if (background) {
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', background);
    clone.insertBefore(rect, clone.querySelector('g'));
  }
  return new XMLSerializer().serializeToString(clone);
}
