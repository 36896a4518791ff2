import type { Session } from './session.ts';
import { readReaderWalk, startReaderWalk, storyHydrated } from './story-scripts.ts';
import { waitFor } from './wait-for.ts';

interface ReaderWalk {
  worst: number;
  where: string;
  activated: number;
  unstuck: number;
  strides: number;
  error?: string;
}

/** How far the step being read may move on screen while the page reacts to a stride of scrolling, in CSS px. */
const MAX_MOVE = 4;
const STRIDE = 80;

/**
 * The reader's place on a phone (issue 13, apps/report/src/lib/story/keep-place.ts), in this engine: scrolling down and
 * then up through sections whose charts change height from step to step and whose graphic is too tall to stick at
 * some steps, in 80 px strides as a reader's thumb does, the active step moves on screen by the stride and no more
 * (within 4 px) as the page reacts: a chart swapped in at a new height, a slice arriving, a tall graphic moving above
 * the step. WebKit has no scroll anchoring of its own, and there the text moved 39 to 489 px at these steps before
 * keep-place.ts; Chromium's anchoring moved the agreements step 793 px.
 * At 390 × 844 the data section (six charts of different heights, the agreements timeline too tall to stick); at
 * 320 × 568 the definition and rules sections (the handbook and the rules timeline too tall to stick). English. Requires that steps became active and that at least one
 * graphic was too tall to stick, so that the check means something.
 */
export async function keepPlace({ session, origin }: { session: Session; origin: string }): Promise<string> {
  const seen: string[] = [];
  for (const [width, height, ids] of [
    [390, 844, ['data']],
    [320, 568, ['definition', 'rules']]
  ] as const) {
    await session.open({ url: `${origin}/`, width, height });
    await waitFor({ probe: () => session.run<boolean>(storyHydrated), what: 'hydration', timeout: 60_000 });
    for (const id of ids)
      for (const stride of [STRIDE, -STRIDE]) {
        const where = `${width} × ${height} #${id} scrolling ${stride > 0 ? 'down' : 'up'}`;
        await session.run(startReaderWalk, id, stride);
        const walk = await waitFor({
          probe: () => session.run<ReaderWalk | null>(readReaderWalk),
          what: `${where}: the walk to finish`,
          timeout: 120_000,
          interval: 1000
        });
        if (walk.error) throw new Error(`${where}: ${walk.error}`);
        if (walk.worst > MAX_MOVE)
          throw new Error(
            `${where}: the step being read moved beyond the scrolling, at most ${MAX_MOVE} px: ${walk.where}`
          );
        if (walk.activated < 2 || !walk.unstuck)
          throw new Error(
            `${where}: ${walk.activated} steps became active, ${walk.unstuck} strides with the graphic too tall to stick; the check needs both`
          );
        seen.push(
          `${where}: ${walk.activated} steps activated, ${walk.unstuck} of ${walk.strides} strides unstuck, moved at most ${walk.worst.toFixed(1)} px`
        );
      }
  }
  return seen.join('; ');
}
