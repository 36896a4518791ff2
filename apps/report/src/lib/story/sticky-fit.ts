import { landscapePhone } from './layout-queries';

/**
 * Keeps a story section's sticky graphic from covering the text it goes with, on any screen: the sticky part (the
 * frame's title and plot on one column and on a landscape phone, the whole graphic beside the text on a wide screen)
 * may take at most 60 % of the screen's height on one column, and the screen's height under its sticky offset beside
 * the text. A taller one (the rules
 * heatmap on a 360 × 740 phone, the definitions timeline on a 320 × 568 one) marks `layout` data-unstuck and scrolls
 * with the text instead (see StorySection.svelte). Re-checked when the graphic's or the screen's size changes and when
 * the chart is swapped. Returns the clean-up, as a Svelte attachment does.
 *
 * Where only the title and plot stick (one column, a landscape phone) it also reports through `room` the height the
 * drawing may take for them to fit (undefined on a wide screen), so that a free-aspect chart on a short screen is drawn
 * flatter and stays stuck instead of scrolling away (plot-room.ts in @dtr/ui): what the Pudding and the FT do on a
 * 320 × 568 screen.
 */
/** The px between the screen's top and a wide-screen graphic's sticky top: the site header and its margin. */
function headerOffset(graphic: HTMLElement): number {
  const style = getComputedStyle(graphic);
  const over = parseFloat(style.getPropertyValue('--dtr-graphic-over')) || 0;
  return (parseFloat(style.top) || 0) + over;
}

export function stickyFit({
  layout,
  room = () => {}
}: {
  layout: HTMLElement;
  room?: (px: number | undefined) => void;
}): () => void {
  const graphic = layout.querySelector<HTMLElement>('.graphic');
  if (!graphic) return () => {};
  const landscape = matchMedia(landscapePhone);
  const check = () => {
    const oneColumn = getComputedStyle(graphic).display === 'contents';
    const stuck = oneColumn || landscape.matches ? graphic.querySelector<HTMLElement>('[data-frame-head]') : graphic;
    if (!stuck) return;
    const wide = stuck === graphic;
    // Beside the text the limit is the room under the header (the sticky offset with no shift applied).
    const headerRoom = innerHeight - headerOffset(graphic);
    const limit = oneColumn
      ? 0.6 * innerHeight
      : wide
        ? headerRoom
        : innerHeight - (parseFloat(getComputedStyle(stuck).top) || 0);
    const chart = stuck.querySelector<HTMLElement>('.chart');
    // A pixel under the limit, so that rounded box heights cannot tip a graphic laid out to fit over it.
    room(stuck !== graphic && chart ? Math.floor(limit - (stuck.offsetHeight - chart.offsetHeight)) - 1 : undefined);
    // Beside the text, a graphic at most half as tall again as the room still sticks, its bottom on the screen's
    // bottom and its top (the title) scrolled under the header: the plot stays beside every step it goes with,
    // as the FT's tall scrollytelling graphics do. A taller one (an opened data table) scrolls with the text.
    const over = stuck.offsetHeight - limit;
    layout.style.setProperty('--dtr-graphic-over', `${wide && over > 0 && over <= 0.5 * limit ? over : 0}px`);
    layout.toggleAttribute('data-unstuck', over > (wide ? 0.5 * limit : 0));
  };
  const sizes = new ResizeObserver(check);
  const observe = () => {
    sizes.disconnect();
    const head = graphic.querySelector<HTMLElement>('[data-frame-head]');
    if (head) sizes.observe(head);
    sizes.observe(graphic);
    check();
  };
  const swaps = new MutationObserver(observe);
  swaps.observe(graphic, { childList: true, subtree: true });
  addEventListener('resize', check);
  observe();
  return () => {
    sizes.disconnect();
    swaps.disconnect();
    removeEventListener('resize', check);
  };
}
