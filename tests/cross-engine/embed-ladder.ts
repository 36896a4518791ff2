import { expectNoPageErrors } from './page-errors.ts';
import type { Session } from './session.ts';
import { waitFor } from './wait-for.ts';

/** The visible chart layouts of an embed: drawn (viewBox) and rendered widths, and each text's drawn and shown size. */
const probe = `var svgs = [...document.querySelectorAll('.dtr-chart svg')].filter(function (s) { return s.getBoundingClientRect().width > 0; });
return svgs.map(function (s) {
  var scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
  var texts = [...s.querySelectorAll('text')].filter(function (t) { return t.getBoundingClientRect().width > 0; });
  return { drawn: s.viewBox.baseVal.width, rendered: s.getBoundingClientRect().width,
    sizes: texts.map(function (t) { var f = parseFloat(getComputedStyle(t).fontSize); return [f, f * scale]; }) };
});`;

interface Layout {
  drawn: number;
  rendered: number;
  sizes: [number, number][];
}

/**
 * An embed in columns wider than 640 px (issue 13): the container queries of Chart.svelte show one prerendered layout
 * of the ladder (layout-tiers.ts), the nearest below the column, so each text renders between its drawn size and 4/3 of
 * it (one rung) and never under 11 px. At 700, 900 and 1100 px, just above the 620, 825 and 1100 rungs; and the BRI map
 * at 700 px draws the outlines it shares with its widest layout, the cable map its landing points.
 */
export async function embedLadder({ session, origin }: { session: Session; origin: string }): Promise<string> {
  const seen: string[] = [];
  for (const width of [700, 900, 1100]) {
    await session.open({ url: `${origin}/embed/2026/dds-china/`, width, height: 800 });
    const layouts = await waitFor({
      probe: async () => {
        const l = await session.run<Layout[]>(probe);
        return l.length > 0 && l;
      },
      what: `embed at ${width} px: its chart`,
      timeout: 10_000
    });
    if (layouts.length !== 1) throw new Error(`embed at ${width} px: ${layouts.length} layouts shown, expected 1`);
    const [l] = layouts;
    const step = l.rendered / l.drawn;
    if (step < 0.99 || step > 4 / 3 + 0.01)
      throw new Error(`embed at ${width} px: the ${l.drawn} px layout shown at ${Math.round(l.rendered)} px`);
    const shown = l.sizes.map(([, s]) => s);
    if (Math.min(...shown) < 11 - 0.05) throw new Error(`embed at ${width} px: text at ${Math.min(...shown)} px`);
    seen.push(
      `${width} px: ${l.drawn} px layout, text ${Math.min(...shown).toFixed(1)}–${Math.max(...shown).toFixed(1)} px`
    );
    await expectNoPageErrors({ session, where: `embed at ${width} px` });
  }
  // A map's outlines are drawn once, in the widest layout (hidden at this width), and used by the one shown: the used
  // drawing must render here too, across most of the plot (MapShapes.svg.svelte).
  await session.open({ url: `${origin}/embed/2026/bri-map/`, width: 700, height: 800 });
  const drawn = await waitFor({
    probe: () => session.run<{ use: number; svg: number } | null>(mapProbe),
    what: 'the BRI map embed at 700 px: its outlines',
    timeout: 10_000
  });
  if (drawn.use < 0.8 * drawn.svg)
    throw new Error(`BRI map at 700 px: the used outlines are ${drawn.use} px wide in a ${drawn.svg} px map`);
  seen.push(`BRI map at 700 px: shared outlines drawn ${drawn.use} of ${drawn.svg} px wide`);
  // The cable map's landing points too are drawn once and used (MapRoutes.svg.svelte): the used points span the map.
  await session.open({ url: `${origin}/embed/2026/data-cable-map/`, width: 700, height: 800 });
  const points = await waitFor({
    probe: () => session.run<{ use: number; svg: number; hit: number; of: number } | null>(pointsProbe),
    what: 'the cable map embed at 700 px: its landing points',
    timeout: 10_000
  });
  if (points.use < 0.8 * points.svg)
    throw new Error(`cable map at 700 px: the used landing points span ${points.use} px of a ${points.svg} px map`);
  // Each point is the round cap of a zero-length stroke: the engine must draw (and so hit) one at every point.
  if (points.hit < points.of)
    throw new Error(`cable map at 700 px: ${points.of - points.hit} of ${points.of} landing points not drawn as dots`);
  seen.push(
    `cable map at 700 px: shared landing points span ${points.use} of ${points.svg} px, ${points.hit} of ${points.of} sampled dots drawn`
  );
  return seen.join('; ');
}

/** Widths of the shown cable map layout and of the landing points it uses from the widest layout, and how many of
 * every 40th point (the dots, odd paths) hit-test on the used drawing at their screen position; null before. */
const pointsProbe = `var svg = [...document.querySelectorAll('.dtr-chart svg')].find(function (s) { return s.getBoundingClientRect().width > 0; });
var use = svg && svg.querySelector('g.route-points use');
if (!use) return null;
var g = use.parentNode, m = g.getScreenCTM();
var ds = [...document.querySelectorAll('g[id$="-points"] path')].filter(function (p, i) { return i % 40 === 1; });
var hit = ds.filter(function (p) {
  var xy = p.getAttribute('d').slice(1).split('h')[0].split(',').map(Number);
  var at = document.elementFromPoint(m.a * xy[0] + m.c * xy[1] + m.e, m.b * xy[0] + m.d * xy[1] + m.f);
  return at !== null && g.contains(at);
}).length;
return { use: Math.round(use.getBoundingClientRect().width), svg: Math.round(svg.getBoundingClientRect().width), hit: hit, of: ds.length };`;

/** Widths of the shown map layout and of the outlines it uses from the widest layout; null before it is shown. */
const mapProbe = `var svg = [...document.querySelectorAll('.dtr-chart svg')].find(function (s) { return s.getBoundingClientRect().width > 0; });
var use = svg && svg.querySelector('g.shapes use');
if (!use) return null;
return { use: Math.round(use.getBoundingClientRect().width), svg: Math.round(svg.getBoundingClientRect().width) };`;
