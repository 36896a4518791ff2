import type { Session } from './session.ts';

const pictures = `return {
  sections: document.querySelectorAll('section.story-section').length,
  pictured: [...document.querySelectorAll('section.story-section .graphic [data-chart-slot]')].filter(function (s) {
    return s.querySelectorAll('svg path, svg rect, svg circle').length > 2;
  }).length,
  hydrated: /worker|main-thread/.test((document.querySelector('.calculator') || { getAttribute: function () { return ''; } }).getAttribute('data-computed-by') || ''),
  errorRecorder: typeof window.__dtrErrors
};`;

/** The story in an engine launched with page scripts off: both locales show all 8 prerendered charts. */
export async function storyWithoutJavaScript({ session, origin }: { session: Session; origin: string }) {
  const seen: string[] = [];
  for (const path of ['/', '/zh/']) {
    await session.open({ url: `${origin}${path}`, width: 1366, height: 900 });
    const r = await session.run<{ sections: number; pictured: number; hydrated: boolean; errorRecorder: string }>(
      pictures
    );
    if (r.errorRecorder !== 'undefined' || r.hydrated)
      throw new Error(`JS off ${path}: page scripts ran (the engine did not disable JavaScript)`);
    if (r.sections !== 8 || r.pictured !== 8)
      throw new Error(
        `JS off ${path}: ${r.pictured} of ${r.sections} sections show a prerendered chart (expected 8 of 8)`
      );
    seen.push(`${path} 8/8`);
  }
  return seen.join(', ');
}
