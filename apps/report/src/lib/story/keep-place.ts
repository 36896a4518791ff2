/**
 * Keeps the step being read where it is on screen while the section's graphic changes around it: a chart swapped in
 * at a new height above the steps (one column), a graphic too tall to stick moving from above one step to above the
 * next (sticky-fit.ts), a slice arriving and the picture redrawn, a section above drawn. Browsers that implement CSS
 * Scroll Anchoring (Chromium, Firefox) keep some visible element in place, not necessarily the step being read (and
 * at the agreements step moved it 793 px; StorySection.svelte turns it off in the steps); WebKit keeps nothing,
 * so without this a Safari reader saw the text jump by the chart's change in height at each swap (39 to 153 px at
 * 390 × 844) and by a tall graphic's height where it moved (489 px at the agreements step). The same rule in every
 * engine: the active step's top stays where it was when the step became active, less what the reader has scrolled
 * since.
 *
 * `hold(step)` is called when a step becomes active, before the page is updated for it (the step active on arrival is
 * held from the start); the check runs once a frame after any change in the layout (before that frame is painted) and
 * whenever the layout's size changes. Returns `hold` and the clean-up.
 */
export function keepPlace(layout: HTMLElement): { hold: (step: HTMLElement) => void; stop: () => void } {
  let held: { step: HTMLElement; top: number; scroll: number } | undefined;
  const hold = (step: HTMLElement) => {
    held = { step, top: step.getBoundingClientRect().top, scroll: scrollY };
  };
  const first = layout.querySelector<HTMLElement>('.step.active');
  if (first) hold(first);
  const check = () => {
    if (!held?.step.isConnected) return;
    const expected = held.top - (scrollY - held.scroll);
    const moved = held.step.getBoundingClientRect().top - expected;
    // Only a step the reader can see is held: one off screen (the reader has scrolled on to another section) is no
    // place to keep, and scrolling for it would move what the reader is looking at.
    const seen = expected < innerHeight && expected + held.step.offsetHeight > 0;
    if (seen && Math.abs(moved) >= 1) scrollBy({ top: moved, behavior: 'instant' });
    hold(held.step);
  };
  let frame = 0;
  const soon = () => {
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        check();
      });
  };
  const changes = new MutationObserver(soon);
  changes.observe(layout, { subtree: true, childList: true, attributes: true });
  // The layout's size (a graphic grown or shrunk), and the page's (a section above it drawn or redrawn).
  const sizes = new ResizeObserver(check);
  sizes.observe(layout);
  sizes.observe(document.documentElement);
  return {
    hold,
    stop: () => {
      changes.disconnect();
      sizes.disconnect();
      cancelAnimationFrame(frame);
    }
  };
}
