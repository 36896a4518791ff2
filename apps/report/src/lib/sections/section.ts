import type { StoryCharts } from '@dtr/data';
import type { ChartPayload } from '$lib/charts/payload';
import type { Locale } from '$lib/i18n/locale';
import type { Edition } from '$lib/edition/edition';
import type { ChartCopy } from '$lib/story/story';

export interface SectionContext {
  edition: Edition;
  locale: Locale;
  /** The edition's `src/content/<year>/charts.json`: the series, entities and claims each section charts and cites. */
  charts: { file: string; choices: StoryCharts };
}

/** What a section computes from the edition: the figures its copy cites and, once the copy is resolved, its charts. */
export interface SectionBuild {
  /** `{calc:name}` → formatted figure, for this section's copy only; the build fails on one the copy never cites. */
  refs: Record<string, string>;
  /** A table the copy may pick from (`{calc:year.<event>}`), where leaving an entry unused is fine. */
  lookups?: Record<string, string>;
  charts(copy: Record<string, ChartCopy>): ChartPayload[];
}

/** One story section: copy in `src/content/<year>/<locale>/<id>.json`, figures and charts from here. */
export interface SectionModule {
  id: string;
  build(ctx: SectionContext): SectionBuild;
}
