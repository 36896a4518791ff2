/** The method page: formulas, how the index is built, uncertainty, vintages. */
export const method = {
  title: 'Method',
  intro:
    'Every formula the report and the index use, with its reference; how the index is built; the uncertainty analysis; and the data vintages. The implementations live in packages/core.',
  formulas: 'Formulas',
  reference: 'Reference',
  code: 'Code',
  indexHeading: 'How the Digital Trade Development Index is built',
  framework: (p: { required: number; counted: number; threshold: number; kept: number; candidates: number }) =>
    `The framework is a COINr iData / iMeta pair generated from the edition's series files: units are the economies of the countries entity list (no regional or income aggregates); each indicator takes the latest year inside its window, and the year used is recorded per cell. An economy enters when it has at least ${p.required} of the ${p.counted} indicators that carry weight (the ${p.threshold} % rule): ${p.kept} of ${p.candidates} economies are kept.`,
  spec: 'Every indicator points up (higher = more developed digital trade). The published spec: outlier treatment by the COINr rule (winsorise up to 5 points, else log); min–max normalisation to 1–100; equal weights for indicators within a pillar and for pillars within the index, combined by arithmetic means; no imputation — a missing indicator drops out and its weight is shared by the others in its pillar. The integration (GVC) pillar has weight 0: only 72 economies have data, far below the availability rule, so it is shown separately and readers can weight it in the explorer. Goalposts (used when a reader picks goalpost normalisation): 0 and 100 for shares and scores; for unbounded indicators 0 and the 95th percentile of the kept economies, rounded up to two significant digits.',
  indicatorsCaption: 'Indicators, sources, windows and coverage',
  columns: {
    code: 'Code',
    indicator: 'Indicator',
    pillar: 'Pillar (weight)',
    computed: 'Computed as',
    window: 'Window',
    years: 'Years used: economies',
    coverage: 'Coverage',
    direction: 'Direction',
    goalposts: 'Goalposts',
    notes: 'Notes'
  },
  directions: { '1': 'higher is better', '-1': 'lower is better' } as Record<string, string>,
  specHeading: 'The published index spec (spec.json)',
  toExplorer: 'Change weights and methods in the explorer',
  toDownloads: 'Download iData, iMeta and the results',
  uncertaintyHeading: 'Uncertainty analysis',
  uncertainty:
    "Rank intervals come from 1,000 Monte Carlo draws (seed 1): each weight is multiplied by a uniform draw in [0.75, 1.25]; the winsorising limit is 3, 4 or 5 with equal probability; normalisation is min–max (1–100) or rank; aggregation is the arithmetic or geometric mean. Each economy's median and 5th and 95th percentile rank are reported. The explorer repeats the same analysis for a reader's spec in a background thread of the browser.",
  vintagesHeading: 'Data vintages',
  vintagesCaption: (p: { edition: number }) => `Sources used in the ${p.edition} edition`,
  vintageColumns: { source: 'Source', publisher: 'Publisher', dataset: 'Dataset', vintage: 'Vintage' },
  allSeries: (p: { count: number }) => `All ${p.count} series and what the ETL did`,
  seriesColumns: { series: 'Series', source: 'Source', unit: 'Unit', years: 'Years', transformation: 'Transformation' }
};
