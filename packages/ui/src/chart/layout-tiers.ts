/**
 * The widths a chart is prerendered at, widest first, so that its markup reads at any container width before (or
 * without) JavaScript. Chart.svelte's container queries show each layout from its own width up to the next one's, scaled
 * to the container, the narrowest also below its width.
 *
 * In a page: the server width from 640 px, 350 px from 350 to 639 px, 280 px below 350 (the client then re-lays the
 * chart out at the container's width). A server width below 640 px is drawn once and scaled.
 *
 * In an embed, which never runs the chart's code (an iframe's JavaScript is kept to /embed-frame.js): a ladder in steps
 * of at most × 4/3 up to 1100 px, and the widest layout no wider than 4/3 of its width, so a chart in an 800 or 1000 px
 * column is laid out for about that width (more ticks, a wider plot) and 11–12 px text renders at 11–16 CSS px.
 *
 * Why prerendered rungs and not a re-layout in the embed's script: re-laying a chart out needs the chart's own code
 * (Svelte runtime, d3 scales and shapes, the chart component: about 100 KB gzipped for the story) in an iframe whose
 * whole script is 4.6 KB against a 40 KB budget, and it would draw nothing until it ran. The rungs cost bytes of markup
 * instead (a map's outlines are drawn once and shared, MapShapes.svg.svelte), work without JavaScript, and bound the
 * error: a text renders between its drawn size and one rung (4/3) above it, tested at 700, 900 and 1100 px
 * (tests/chart-widths.spec.ts, tests/cross-engine/embed-ladder.ts).
 */
export const phoneWidths = [350, 280] as const;
export const embedWidths = [1100, 825, 620, 465, 350, 280] as const;

export function layoutTiers({ width, embedded = false }: { width: number; embedded?: boolean }): number[] {
  if (embedded) return [...embedWidths];
  return width >= 640 ? [width, ...phoneWidths] : [width];
}
