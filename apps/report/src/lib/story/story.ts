/** The shapes of story copy files. Prose only: figures are references (`{calc:…}`, `{claim:…}`) resolved at build time. */
export interface Step {
  id: string;
  /** The chart the sticky graphic shows at this step. */
  chart: string;
  /** What that chart emphasises at this step (a series id, an entity, a category…). */
  highlight: string;
  /** One point in plain words, with at most three figures. */
  text: string;
  /** Secondary figures for the reader who wants them, behind a "More numbers" note. */
  more?: string;
  /** What the chart points at during this step; read out with the chart's description. */
  annotations?: StepAnnotation[];
}

/**
 * A step's note on its chart, in the chart's coordinates. Years and values may be references (`"{calc:lastYear}"`);
 * a point or callout names the `series` it sits on, and its y is read from the chart's data, never written in copy.
 */
export interface StepAnnotation {
  kind: 'rule' | 'band' | 'threshold' | 'point' | 'callout';
  label: string;
  x?: number | string;
  x0?: number | string;
  x1?: number | string;
  y?: number | string;
  series?: string;
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
export interface SectionCopy extends SectionExtras {
  id: string;
  heading: string;
  intro: string;
  /** What the section found, for the lede: one sentence with one figure, and the series its sparkline draws. */
  finding?: { text: string; spark: { series: string; entity: string; label: string } };
  steps: Step[];
  takeaway: string;
  charts: Record<
    string,
    ChartCopy
  >; /** Numbered lists of ideas from a text (development paths, mechanisms, proposals). */
  explainers?: ExplainerCopy[];
  /** Positions of several parties on several issues, in words. */
  comparison?: ComparisonCopy;
}

/** `src/content/<year>/<locale>/meta.json` */
export interface StoryMeta {
  title: string;
  kicker: string;
  dek: string;
  calculator: Record<string, string>;
  /** A reader's name for each edition source (manifest id → "UNCTAD, digitally deliverable services"). */
  sources: Record<string, { name: string; licence: string }>;
}

/** One figure in a "sources disagree" panel or an evidence list: measured in the edition data, or stated in a text. */
export interface EvidenceFigure {
  kind: 'measured' | 'claim';
  label: string;
  value: string;
  /** Where it comes from: a dataset and vintage, or a text. */
  source: string;
}

/** "Sources disagree": the figures of one claims-ledger conflict group side by side, and why they differ. */
export interface ConflictCopy {
  /** The ledger's conflict group id. */
  group: string;
  heading: string;
  figures: EvidenceFigure[];
  /** Why they differ, in our words; the ledger's reasons ride along as `reasons`. */
  text: string;
  reasons: string;
}

/** A node of the digital-trade taxonomy: a part, what it covers, and its sub-parts. */
export interface TaxonomyNode {
  id: string;
  label: string;
  text: string;
  children?: TaxonomyNode[];
}

/** Extras a section may show after its takeaway. */
export interface SectionExtras {
  taxonomy?: { heading: string; intro: string; nodes: TaxonomyNode[] };
  evidence?: { heading: string; intro: string; figures: EvidenceFigure[] };
  conflicts?: ConflictCopy[];
  /** Numbered lists of ideas from a text (development paths, mechanisms, proposals). */
  explainers?: ExplainerCopy[];
  /** Positions of several parties on several issues, in words. */
  comparison?: ComparisonCopy;
}

/** A numbered list of ideas a text puts forward, each explained in our words; `source` names the text. */
export interface ExplainerCopy {
  id: string;
  heading: string;
  intro: string;
  items: { id: string; title: string; text: string }[];
  note?: string;
  source: string;
}

/** Issues × parties, each cell a short description of a stance; `source` names the texts. */
export interface ComparisonCopy {
  heading: string;
  intro: string;
  caption: string;
  issueLabel: string;
  parties: { id: string; label: string }[];
  rows: { id: string; label: string; cells: Record<string, string> }[];
  source: string;
}
