import { expectNoPageErrors } from './page-errors.ts';
import type { Session } from './session.ts';
import {
  readGraphic,
  readOverflow,
  readSections,
  readStickyFit,
  scrollToStep,
  storyHydrated
} from './story-scripts.ts';
import { waitFor } from './wait-for.ts';

export interface Section {
  id: string;
  steps: { id: string; chart: string; highlight: string }[];
}

interface Graphic {
  chart: string | null;
  highlight: string | null;
  interactive: boolean;
  pictured: boolean;
  message: string | null;
  retry: boolean;
  svg: number | null;
}

interface StickyFit {
  oneColumn: boolean;
  unstuck: boolean;
  position: string;
  height: number;
  innerHeight: number;
  covered: string[];
}

export interface WalkResult {
  steps: number;
  /** Steps at which the graphic was too tall to stick on this screen and scrolled with the text instead. */
  unstuck: number;
  chartChanges: number;
  /** The widest the page got beyond its viewport during the walk, in CSS px, with the widths seen then. */
  overflow: { px: number; scrollWidth: number; clientWidth: number };
}

/** Reads the story's sections; throws unless there are the eight of the story, each with steps. */
export async function storySections(session: Session): Promise<Section[]> {
  const sections = await session.run<Section[]>(readSections);
  if (sections.length !== 8 || sections.some((s) => s.steps.length < 3))
    throw new Error(
      `expected 8 sections of at least 3 steps, got ${JSON.stringify(sections.map((s) => s.steps.length))}`
    );
  return sections;
}

/** The page's horizontal overflow now. */
export async function overflowNow(session: Session) {
  const o = await session.run<{ scrollWidth: number; clientWidth: number }>(readOverflow);
  return { px: Math.max(0, o.scrollWidth - o.clientWidth), scrollWidth: o.scrollWidth, clientWidth: o.clientWidth };
}

/**
 * The 60 % rule at one step: on one column the sticky title and plot take at most 60 % of the screen's height or, too
 * tall for that, are not stuck at all; on any layout nothing covers the plot. Returns whether unstuck.
 */
async function checkStickyFit({ session, where, section }: { session: Session; where: string; section: string }) {
  const at = `${where}: #${section}`;
  const fit = await waitFor({
    probe: () => session.run<StickyFit | null>(readStickyFit, section),
    what: `${at}: its graphic's frame`,
    timeout: 10_000
  });
  if (fit.covered.length) throw new Error(`${at}: the plot is covered at ${fit.covered.join('; ')}`);
  if (!fit.oneColumn) return fit.unstuck;
  if (fit.unstuck) {
    if (fit.position !== 'static' || fit.height <= 0.6 * fit.innerHeight)
      throw new Error(
        `${at}: unstuck (${fit.position}) although ${Math.round(fit.height)} px fits 60 % of ${fit.innerHeight}`
      );
    return true;
  }
  if (fit.height > 0.6 * fit.innerHeight + 0.5)
    throw new Error(`${at}: sticky graphic ${Math.round(fit.height)} px, over 60 % of ${fit.innerHeight} px`);
  return false;
}

/**
 * Walks the story step by step: each step scrolled to the middle of the screen must become the active step, and the
 * graphic must show that step's chart, interactive, with that step's highlight, and keep the 60 % rule
 * (checkStickyFit); when the chart changes between steps its SVG must change. No script errors along the way.
 */
export async function walkStory({ session, where }: { session: Session; where: string }): Promise<WalkResult> {
  await waitFor({
    probe: () => session.run<boolean>(storyHydrated),
    what: `${where}: the story to hydrate`,
    timeout: 60_000
  });
  const sections = await storySections(session);
  let overflow = await overflowNow(session);
  let steps = 0;
  let unstuck = 0;
  let chartChanges = 0;
  for (const section of sections) {
    let previous: Graphic | null = null;
    for (const step of section.steps) {
      await session.run(scrollToStep, section.id, step.id);
      const shown = await waitFor({
        probe: async () => {
          const g = await session.run<Graphic | null>(readGraphic, section.id, step.id);
          // Charts arriving above may still move the page after the jump (seen in Firefox on a landscape phone, where
          // the step then sat above the reading band): bring the step back to the middle, as a reader would.
          if (!g) await session.run(scrollToStep, section.id, step.id);
          return g && g.interactive && g.chart === step.chart && g.highlight === step.highlight && g.svg !== null && g;
        },
        what: `${where}: #${section.id} step "${step.id}" to show chart ${step.chart} (highlight "${step.highlight}")`,
        timeout: 20_000
      });
      if (previous && previous.chart !== shown.chart) {
        if (previous.svg === shown.svg)
          throw new Error(`${where}: #${section.id} step "${step.id}" changed chart but its SVG did not change`);
        chartChanges++;
      }
      if (await checkStickyFit({ session, where, section: section.id })) unstuck++;
      previous = shown;
      steps++;
    }
    const now = await overflowNow(session);
    if (now.px > overflow.px) overflow = now;
  }
  await expectNoPageErrors({ session, where });
  return { steps, unstuck, chartChanges, overflow };
}
