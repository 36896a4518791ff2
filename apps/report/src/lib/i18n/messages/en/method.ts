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
    `The framework is a COINr iData / iMeta pair generated from the edition's series files: units are the economies of the countries entity list (no regional or income aggregates); each indicator takes the latest year inside its window, and the year used is recorded per cell. An economy is ranked when it meets the coverage rule below: ${p.kept} of ${p.candidates} economies are ranked.`,
  spec: 'Every indicator points up (higher = more developed digital trade). The published spec: imputation of a missing indicator by the mean of the economy’s other indicators in the same pillar (see Imputation below); outlier treatment by the COINr rule (winsorise up to 5 points, else log); min–max normalisation to 1–100; equal weights for indicators within a pillar and for pillars within the index, combined by arithmetic means. The integration (GVC) pillar has weight 0: few economies have data, far below the availability rule, so it is shown separately and readers can weight it in the explorer. Goalposts (used when a reader picks goalpost normalisation): 0 and 100 for shares and scores; for unbounded indicators 0 and the 95th percentile of the ranked economies, rounded up to two significant digits.',
  coverageHeading: 'Coverage rule and the economies left out',
  coverageRule: (p: { required: number; counted: number; threshold: number }) =>
    `An economy is ranked only when it has at least ${p.required} of the ${p.counted} indicators that carry weight (the ${p.threshold} % rule) and every weighted pillar has enough of its own indicators, so that no economy is ranked on a pillar it has no data for:`,
  pillarRule: (p: { pillar: string; required: number; of: number }) => `${p.pillar}: at least ${p.required} of ${p.of}`,
  excludedCaption: (p: { count: number; candidates: number }) =>
    `${p.count} of ${p.candidates} economies are not ranked, and why`,
  excludedColumns: {
    economy: 'Economy',
    available: 'Weighted indicators',
    shortfall: 'Pillars short of their rule',
    overall: 'Below the overall rule',
    recency: 'Left out by the recency rule'
  },
  shortfall: (p: { pillar: string; available: number; required: number }) =>
    `${p.pillar}: ${p.available} of ${p.required} needed`,
  yes: 'yes',
  no: 'no',
  imputationHeading: 'Imputation and carried-forward values',
  imputationMethods: {
    availableMean:
      'the mean of the economy’s other indicators in the same pillar, on the normalised scale (COINr’s row mean; what an average that skips a missing indicator does, made explicit)',
    groupMean: 'the mean of the economy’s group',
    groupMedian: 'the median of the economy’s group',
    lastAvailable: 'the economy’s last available value'
  } as Record<string, string>,
  imputation: (p: { method: string; cells: number; units: number; indicators: string }) =>
    `Imputation is a named step of the spec. A ranked economy missing an indicator gets ${p.method}. It fills ${p.cells} cells of ${p.units} economies (${p.indicators}).`,
  noImputation:
    'The spec names no imputation: a missing indicator is left out and the weights of the others in its pillar are rescaled.',
  carriedForward: (p: { cells: number; units: number }) =>
    `Taking the latest value inside a window carries the last observation forward: ${p.cells} cells of ${p.units} economies use a value older than their indicator’s reference year. Every imputed and carried-forward cell is listed with its year in flags.csv, and counted per economy in the index results download.`,
  flagsLink: 'Download flags.csv',
  recencyHeading: 'Recency rule',
  recencyRule: (p: { share: number; maxAge: number }) =>
    `An indicator’s reference year is the latest year that at least ${p.share} % of the economies with a value have reached. A value more than ${p.maxAge} years older than the reference year is dropped and then treated as missing: imputed, or counted against the coverage rule.`,
  recencyEffect: (p: { cells: number; affected: number; excluded: string }) =>
    `Effect in this edition: ${p.cells} values dropped; ${p.affected} ranked economies have a dropped value imputed instead; economies no longer ranked because of it: ${p.excluded}.`,
  recencyCaption: 'Reference years and what the recency rule did, per indicator',
  recencyColumns: {
    indicator: 'Indicator',
    window: 'Window',
    reference: 'Reference year',
    oldest: 'Oldest value kept',
    carried: 'Carried forward',
    dropped: 'Dropped'
  },
  staleIndicator: (p: { name: string; year: number; age: number; mean: string; max: number }) =>
    `The reference year of ${p.name} is ${p.year}, ${p.age} years before the edition: the indicator as a whole is old. Without it the ranking moves by ${p.mean} places on average (at most ${p.max}).`,
  redundancyHeading: 'Redundancy: decisions from the audit',
  redundancyRule: (p: { threshold: string }) =>
    `Two indicators of one pillar with Spearman’s ρ of ${p.threshold} or more are taken to measure the same thing, and one of them would have to go.`,
  pairsAbove: (p: { count: number }) =>
    p.count === 0 ? 'No pair of indicators within a pillar reaches it.' : `${p.count} pairs within a pillar reach it.`,
  pairsCaption: 'Spearman’s ρ of each pair of indicators within a pillar',
  pairsColumns: { pillar: 'Pillar', pair: 'Indicators', rho: 'Spearman ρ' },
  pairName: (p: { a: string; b: string }) => `${p.a} and ${p.b}`,
  inclusionText:
    'What each indicator does to the ranking: the published index recomputed with that indicator’s weight set to 0 (the explorer does the same for any weight).',
  inclusionCaption: 'Rank shift without each indicator',
  inclusionColumns: { indicator: 'Indicator', mean: 'Mean shift (places)', max: 'Largest shift' },
  externalText: 'Measures kept out of the index and used by the audit as benchmarks instead:',
  externalDecision: (p: { name: string; note: string; n: number; closest: string }) =>
    `${p.name}. ${p.note} Over ${p.n} ranked economies, Spearman’s ρ with the closest indicators: ${p.closest}.`,
  closest: (p: { name: string; rho: string }) => `${p.name} ${p.rho}`,
  smallHeading: 'Small economies',
  smallRule: (p: { threshold: string; count: number; units: number; share: string }) =>
    `Economies of ${p.threshold} people or fewer are marked small: ${p.count} of the ${p.units} ranked economies (${p.share} %).`,
  smallEvidence: (p: { inTop: number; top: number; expected: string; rho: string }) =>
    `They hold ${p.inTop} of the top ${p.top} places, against ${p.expected} if they were spread like the rest, and Spearman’s ρ between the index and the logarithm of population is ${p.rho}. The published ranking keeps them.`,
  smallViews: (p: { mean: string; max: number }) =>
    `Both views are published: index-results.csv gives each economy’s rank with the small economies (Rank) and without them (RankWithoutSmall, the index recomputed on the others). Without them the other economies move by ${p.mean} places on average against their published order (at most ${p.max}).`,
  smallList: (p: { count: number }) => `The ${p.count} economies marked small, with their published rank`,
  smallColumns: { economy: 'Economy', rank: 'Rank' },
  toAudit: 'Statistical audit: correlations, Cronbach’s α, principal components',
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
  uncertainty: (p: { draws: string; seed: number }) =>
    `Rank intervals come from ${p.draws} Monte Carlo draws (seed ${p.seed}) over the uncertain choices the spec declares, listed in the table below: every one of them except indicator inclusion and recency (the column “In the rank intervals”). Those two change which indicators or which values the index is built on, so an interval over them would mix different indices; they vary in the sensitivity analysis only. Each economy’s median and 5th and 95th percentile rank are reported. The explorer repeats the same analysis for a reader’s spec in a background thread of the browser.`,
  sensitivityHeading: 'What moves the ranking: variance-based sensitivity',
  sensitivityText: (p: { samples: string; runs: string; seed: number; bootstrap: string }) =>
    `First- and total-order Sobol indices of the mean absolute rank shift from the published ranking, for each uncertain choice of the spec: ${p.samples} Saltelli samples (seed ${p.seed}), ${p.runs} index runs, Jansen’s total-order estimator, 95 % intervals from ${p.bootstrap} bootstrap resamples. Computed once when the edition was built; the explorer shows the same numbers and reruns the analysis for a changed view.`,
  sensitivityCaption: 'Sobol indices of the mean absolute rank shift (published analysis)',
  sensitivityColumns: { inIntervals: 'In the rank intervals' },
  noSensitivity: 'This edition publishes no sensitivity analysis.',
  vintagesHeading: 'Data vintages',
  vintagesCaption: (p: { edition: number }) => `Sources used in the ${p.edition} edition`,
  vintageColumns: { source: 'Source', publisher: 'Publisher', dataset: 'Dataset', vintage: 'Vintage' },
  allSeries: (p: { count: number }) => `All ${p.count} series and what the ETL did`,
  seriesColumns: { series: 'Series', source: 'Source', unit: 'Unit', years: 'Years', transformation: 'Transformation' }
};
