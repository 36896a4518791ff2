import { wrapText } from '../chart/wrap-text.ts';
import { resolveUses } from './resolve-uses.ts';

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

const ns = 'http://www.w3.org/2000/svg';

export interface ExportText {
  title: string;
  subtitle?: string;
  /** Lines under the chart: source, licence, citation. */
  footer: string[];
  background: string;
  foreground: string;
  muted: string;
}

function textBlock(
  lines: string[],
  {
    x,
    y,
    size,
    weight,
    color,
    lineHeight
  }: { x: number; y: number; size: number; weight: number; color: string; lineHeight: number }
): SVGGElement {
  const g = document.createElementNS(ns, 'g');
  lines.forEach((line, i) => {
    const t = document.createElementNS(ns, 'text');
    t.setAttribute('x', String(x));
    t.setAttribute('y', String(y + i * lineHeight));
    t.setAttribute('font-size', String(size));
    t.setAttribute('font-weight', String(weight));
    t.setAttribute('fill', color);
    t.textContent = line;
    g.append(t);
  });
  return g;
}

/**
 * A standalone SVG document of a rendered chart, as journalists download it: title and subtitle above, source,
 * licence and citation below, computed colours inlined (so theme variables resolve), explicit size and background.
 * Browser only (uses getComputedStyle and XMLSerializer).
 */
export function serializeSvg(svg: SVGSVGElement, text: ExportText): string {
  // Shared drawings are copied in (a layout other than the widest uses them), then styled where the chart is, so they
  // take this layout's inherited widths and the page's variables; the styled copy is out of the flow, unseen, briefly.
  const live = resolveUses({ svg });
  live.style.setProperty('position', 'absolute');
  live.style.setProperty('visibility', 'hidden');
  svg.after(live);
  const chart = live.cloneNode(true) as SVGSVGElement;
  const source = [live, ...live.querySelectorAll('*')];
  const target = [chart, ...chart.querySelectorAll('*')];
  source.forEach((el, i) => {
    const style = getComputedStyle(el);
    const out = target[i] as SVGElement;
    for (const p of inlined) out.style.setProperty(p, style.getPropertyValue(p));
    out.removeAttribute('class');
  });
  live.remove();
  chart.style.removeProperty('position');
  chart.style.removeProperty('visibility');
  const box = svg.viewBox.baseVal;
  const width = box.width;
  const margin = 12;
  const title = wrapText(text.title, { width: width - 2 * margin, maxLines: 3, fontSize: 18 });
  const subtitle = text.subtitle
    ? wrapText(text.subtitle, { width: width - 2 * margin, maxLines: 3, fontSize: 13 })
    : [];
  // Notes and citations run long; every line is kept (the image grows), none is cut with an ellipsis.
  const footer = text.footer.flatMap((l) => wrapText(l, { width: width - 2 * margin, maxLines: 40, fontSize: 11 }));
  const top = margin + title.length * 24 + subtitle.length * 18 + 8;
  const height = top + box.height + 12 + footer.length * 15 + margin;

  const doc = document.createElementNS(ns, 'svg');
  doc.setAttribute('xmlns', ns);
  doc.setAttribute('width', String(width));
  doc.setAttribute('height', String(height));
  doc.setAttribute('viewBox', `0 0 ${width} ${height}`);
  doc.setAttribute('font-family', svg.getAttribute('font-family') ?? 'sans-serif');
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', text.background);
  doc.append(bg);
  doc.append(
    textBlock(title, { x: margin, y: margin + 18, size: 18, weight: 700, color: text.foreground, lineHeight: 24 })
  );
  doc.append(
    textBlock(subtitle, {
      x: margin,
      y: margin + title.length * 24 + 14,
      size: 13,
      weight: 400,
      color: text.muted,
      lineHeight: 18
    })
  );
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(top));
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', String(box.height));
  doc.append(chart);
  doc.append(
    textBlock(footer, {
      x: margin,
      y: top + box.height + 12 + 11,
      size: 11,
      weight: 400,
      color: text.muted,
      lineHeight: 15
    })
  );
  return new XMLSerializer().serializeToString(doc);
}

/** Pixel size of a document made by serializeSvg. */
export function exportSize(svgText: string): { width: number; height: number } {
  const m = svgText.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/);
  return { width: Number(m?.[1] ?? 640), height: Number(m?.[2] ?? 400) };
}
