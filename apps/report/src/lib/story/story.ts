/** The shapes of story copy files. Prose only: figures are references (`{calc:…}`, `{claim:…}`) resolved at build time. */
export interface Step {
  id: string;
  /** The chart the sticky graphic shows at this step. */
  chart: string;
  /** What that chart emphasises at this step (a series id, an entity, a category…). */
  highlight: string;
  text: string;
}

/** Words of one chart: titles, the text alternative, notes, and labels of series and CSV columns. */
export interface ChartCopy {
  title: string;
  subtitle: string;
  description: string;
  notes: string;
  series?: Record<string, string>;
  columns?: Record<string, string>;
  labels?: Record<string, string>;
}

/** `src/content/<year>/<locale>/<section>.json` */
export interface SectionCopy {
  id: string;
  heading: string;
  intro: string;
  steps: Step[];
  takeaway: string;
  charts: Record<string, ChartCopy>;
}

/** `src/content/<year>/<locale>/meta.json` */
export interface StoryMeta {
  title: string;
  kicker: string;
  dek: string;
  calculator: Record<string, string>;
}
