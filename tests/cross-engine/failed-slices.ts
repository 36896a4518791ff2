import { expectNoPageErrors } from './page-errors.ts';
import type { Session } from './session.ts';
import { scrollToStep, storyHydrated } from './story-scripts.ts';
import { storySections, type Section } from './story-walk.ts';
import { waitFor } from './wait-for.ts';

interface SectionState {
  id: string;
  active: string;
  pictured: boolean;
  interactive: boolean;
  message: string | null;
  retry: boolean;
}

const readAll = `return [...document.querySelectorAll('section.story-section')].map(function (s) {
  var g = s.querySelector('.graphic');
  var view = g.querySelector('.chart-view');
  var message = g.querySelector('.slot-message');
  return {
    id: s.id,
    active: g.dataset.activeStep,
    pictured: !!g.querySelector('[data-chart-slot] svg'),
    interactive: !!view && !view.closest('[data-chart-slot]'),
    message: message ? message.textContent.trim() : null,
    retry: !!(message && message.querySelector('button'))
  };
});`;

async function walk(session: Session, sections: Section[], where: string, direction: 'down' | 'up') {
  const order = direction === 'down' ? sections : [...sections].reverse();
  for (const section of order) {
    const steps = direction === 'down' ? section.steps : [...section.steps].reverse();
    for (const step of steps) {
      await session.run(scrollToStep, section.id, step.id);
      await waitFor({
        probe: async () =>
          (await session.run<SectionState[]>(readAll)).find((s) => s.id === section.id)?.active === step.id,
        what: `${where}: #${section.id} step "${step.id}" to become active`
      });
    }
    // The section's last step in this direction: its chart's slice has failed by now, or will shortly.
    await waitFor({
      probe: async () => {
        const s = (await session.run<SectionState[]>(readAll)).find((x) => x.id === section.id)!;
        return s.message && s.retry && s;
      },
      what: `${where}: #${section.id} to say its chart's data could not be loaded, with a retry`,
      timeout: 20_000
    });
  }
  const states = await session.run<SectionState[]>(readAll);
  const bare = states.filter((s) => !s.pictured).map((s) => `#${s.id} (step ${s.active})`);
  if (bare.length)
    throw new Error(
      `${where}: after scrolling ${direction}, ${8 - bare.length} of 8 sections show a chart; without one: ${bare.join(', ')}`
    );
  const silent = states.filter((s) => !s.message || !s.retry).map((s) => `#${s.id}`);
  if (silent.length) throw new Error(`${where}: no failure message and retry beside the chart in ${silent.join(', ')}`);
}

/**
 * The story served with every chart slice failing (`origin` is a report server in one failure mode): one scroll down
 * and back up must leave all 8 sections showing a prerendered picture with the message and a retry beside it; once
 * the server answers again, the retry makes the chart interactive.
 */
export async function failedSlices({
  session,
  origin,
  path,
  where
}: {
  session: Session;
  origin: string;
  path: string;
  where: string;
}): Promise<string> {
  await fetch(`${origin}/__break`);
  await session.open({ url: `${origin}${path}`, width: 1366, height: 900 });
  await waitFor({
    probe: () => session.run<boolean>(storyHydrated),
    what: `${where}: the story to hydrate`,
    timeout: 60_000
  });
  const sections = await storySections(session);
  await walk(session, sections, where, 'down');
  await walk(session, sections, where, 'up');
  await fetch(`${origin}/__heal`);
  const first = sections[0].id;
  await session.click(`#${first} .graphic .slot-message button`);
  await waitFor({
    probe: async () => (await session.run<SectionState[]>(readAll)).find((s) => s.id === first)?.interactive,
    what: `${where}: #${first}'s chart to become interactive after the retry`
  });
  await expectNoPageErrors({ session, where });
  await fetch(`${origin}/__break`);
  return '8/8 pictured down and up, retry works';
}
