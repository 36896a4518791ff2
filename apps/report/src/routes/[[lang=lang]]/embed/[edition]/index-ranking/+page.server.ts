import { error } from '@sveltejs/kit';
import { explorerData, indexEditions, uncertaintyRun } from '$lib/server/index-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
  indexEditions.flatMap((year) => [{ edition: String(year) }, { lang: 'zh', edition: String(year) }]);

export const load: PageServerLoad = ({ params }) => {
  const year = Number(params.edition);
  if (!indexEditions.includes(year)) error(404, `No index in edition ${params.edition}`);
  const explorer = explorerData(year);
  // The embed shows the ranking only: indicator-level scores and data years (the economy panel's) stay out of its
  // payload, keeping it under the 50 KB-gzipped budget of one chart. A changed view is recomputed by the worker.
  const indicators = new Set(explorer.framework.indicators.map((i) => i.code));
  const scores = Object.fromEntries(
    Object.entries(explorer.published.scores).filter(([code]) => !indicators.has(code))
  );
  return {
    explorer: { ...explorer, years: [], published: { ...explorer.published, scores } },
    ...uncertaintyRun(year)
  };
};
