/**
 * The widths a chart is prerendered at, widest first, so that its markup reads at any container width before (or
 * without) JavaScript. Chart.svelte's container queries show the 280 px layout below 350 px, the 350 px layout from
 * 350 to 639 px and the server width from 640 px, each scaled to the container: up by at most × 1.25 on phones, never
 * down. Texts drawn at 11 px or more therefore render at 11 CSS px or more in any container of 280 px or wider.
 * A server width below 640 px is drawn once and scaled.
 */
export const phoneWidths = [350, 280] as const;

export function layoutTiers({ width }: { width: number }): number[] {
  return width >= 640 ? [width, ...phoneWidths] : [width];
}
