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
 */
export const phoneWidths = [350, 280] as const;
export const embedWidths = [1100, 825, 620, 465, 350, 280] as const;

export function layoutTiers({ width, embedded = false }: { width: number; embedded?: boolean }): number[] {
  if (embedded) return [...embedWidths];
  return width >= 640 ? [width, ...phoneWidths] : [width];
}
