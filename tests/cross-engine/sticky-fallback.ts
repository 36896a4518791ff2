import type { Session } from './session.ts';
import { readFallback, storyHydrated, toActivationLine } from './story-scripts.ts';
import { waitFor } from './wait-for.ts';

interface Fallback {
  unstuck: boolean;
  onScreen: number;
  room: number;
  height: number;
  gap: number;
}

/** As tests/sticky-fallback.spec.ts: at least this share of the plot (or of its room) on screen, at most this gap. */
const MIN_VISIBLE = 0.9;
const MAX_GAP = 200;

/**
 * The phone fallback for a graphic too tall to stick (issue 13), in this engine: scrolling down to each step below
 * until its top reaches the reading band's lower edge (where it becomes active), the step's chart is drawn and at
 * least 90 % of its plot (or of the room between the header and the step) is on screen; an unstuck plot sits directly
 * above the step. At 390 × 844 the data-agreements step (the one graphic too tall there); at 320 × 568 three steps
 * whose timelines are tall, at least one of which must be unstuck for the check to mean anything. Both locales.
 */
export async function stickyFallback({ session, origin }: { session: Session; origin: string }): Promise<string> {
  const seen: string[] = [];
  for (const [width, height, steps] of [
    [390, 844, [['data', 'agreements']]],
    [
      320,
      568,
      [
        ['definition', 'handbook'],
        ['rules', 'timeline'],
        ['data', 'agreements']
      ]
    ]
  ] as const) {
    for (const path of ['/', '/zh/']) {
      await session.open({ url: `${origin}${path}`, width, height });
      await waitFor({ probe: () => session.run<boolean>(storyHydrated), what: `${path}: hydration`, timeout: 60_000 });
      let unstuck = 0;
      for (const [section, step] of steps) {
        const where = `${path} ${width} × ${height} #${section} "${step}"`;
        // Settled when two reads 300 ms apart, each back at the activation line (the chart swap and an unstuck
        // graphic's move shift the layout), agree within a pixel and pass.
        let previous: Fallback | null = null;
        const got = await waitFor({
          probe: async () => {
            await session.run(toActivationLine, section, step);
            await new Promise((r) => setTimeout(r, 300));
            const now = await session.run<Fallback | null>(readFallback, section, step);
            const same = now && previous && Math.abs(now.onScreen - previous.onScreen) <= 1 && now.gap === previous.gap;
            previous = now;
            if (!now || !same) return null;
            const problems = [
              now.onScreen < MIN_VISIBLE * now.room - 0.5 &&
                `${Math.round(now.onScreen)} px of the ${Math.round(now.height)} px plot on screen (room ${Math.round(now.room)} px)`,
              now.unstuck &&
                (now.gap < 0 || now.gap > MAX_GAP) &&
                `the unstuck plot ends ${Math.round(now.gap)} px above its step`
            ].filter(Boolean);
            return problems.length ? null : now;
          },
          what: `${where}: active, its chart drawn, at least ${MIN_VISIBLE * 100} % of its plot (or room) on screen and an unstuck plot at most ${MAX_GAP} px above the step`,
          timeout: 20_000
        });
        if (got.unstuck) unstuck++;
        seen.push(
          `${width}${path === '/' ? 'en' : 'zh'} ${step} ${got.unstuck ? 'unstuck' : 'stuck'} ${Math.round(got.onScreen)}/${Math.round(got.height)} px`
        );
      }
      if (!unstuck) throw new Error(`${path} ${width} × ${height}: none of the steps checked was unstuck`);
    }
  }
  return seen.join('; ');
}
