import { intlLocale } from '$lib/i18n/locale';

/** The explorer's own words. */
export const explorer = {
  title: 'Index explorer',
  lede: 'Re-weight the Digital Trade Development Index, change how indicators are normalised and aggregated, and see how the ranking and its uncertainty move. The page opens on the published index.',
  noJs: 'Controls need JavaScript; this is the published ranking, computed when the site was built.',
  controls: 'Weights and methods',
  pillars: 'Pillar weights',
  indicators: 'Indicator weights',
  weightOf: (name: string) => `Weight of ${name}`,
  normalise: 'Normalisation',
  aggregate: 'Aggregation',
  treat: 'Outlier treatment (winsorise, else log; COINr rules)',
  methods: {
    minmax: 'Min–max (1–100)',
    zscore: 'Z-score (mean 50, sd 10)',
    goalposts: 'Goalposts (0–100)',
    rank: 'Rank'
  },
  aggregations: { amean: 'Arithmetic mean', gmean: 'Geometric mean', hmean: 'Harmonic mean' },
  reset: 'Reset to the published spec',
  copyLink: 'Copy link to this view',
  copied: 'Link copied',
  computing: 'Computing…',
  mainThread: 'The background worker could not start, so this page computes on the main thread, in small steps.',
  uncertainty: 'Uncertainty analysis',
  uncertaintyDone: (n: number) =>
    `Rank intervals from ${n} Monte Carlo draws (weights ±25 %, winsorising 3–5 points, min–max or rank, arithmetic or geometric mean).`,
  uncertaintyPending: 'Rank intervals are being recomputed for this view.',
  error: 'This combination cannot be computed',
  ranking: 'Ranking, top 25, with 5–95 % rank intervals',
  rankingSubtitle: (n: number) =>
    `Dot = rank under the chosen spec; whisker = 5th–95th percentile rank over the uncertainty draws; ${n} economies ranked.`,
  rank: 'Rank',
  intervalLabel: '5–95 % rank interval',
  score: 'Index score',
  economy: 'Economy',
  interval: '5–95 %',
  fullTable: 'Full ranking',
  map: 'Index score by quintile',
  mapBri: 'Belt and Road members by index quintile',
  mapDescription: (top: string) => `World map of index quintiles. Highest-scoring economies include ${top}.`,
  quintile: (q: number) => (q === 5 ? 'Top fifth' : q === 1 ? 'Bottom fifth' : `Fifth ${q}`),
  noData: 'Not ranked',
  notBri: 'Not a BRI member',
  bri: 'Highlight Belt and Road members',
  briTag: 'BRI',
  briSummary: (n: number, median: number, other: number) =>
    `${n} Belt and Road members ranked; median rank ${median} (others: ${other}).`,
  position: (name: string, rank: number, n: number, lo: number | null, hi: number | null) =>
    `${name}: rank ${rank} of ${n}` + (lo !== null && hi !== null ? ` (5–95 %: ${lo}–${hi})` : ''),
  compare: 'Compare two economies',
  first: 'First economy',
  second: 'Second economy',
  pillarScores: 'Scores by pillar',
  contribution: 'Contribution to the index',
  contributionNote: 'Contributions add up to the index under the arithmetic mean only.',
  indicatorTable: 'Indicators',
  raw: 'Value',
  year: 'Year',
  normalised: 'Score',
  methodLog: 'Method log',
  winsorised: 'Winsorised points',
  logged: 'Log-transformed indicators',
  missing: 'Missing cells',
  imputed: 'Imputed values',
  none: 'none',
  noImputation: 'none',
  /** The index framework's indicator units, in the reader's words. */
  units: {
    '%': '%',
    '% of GDP': '% of GDP',
    'US$ per person': 'US$ per person',
    'per 100 people': 'per 100 people',
    'per million people': 'per million people',
    'score (0–100)': 'score (0–100)'
  } as Record<string, string>,
  isoCode: 'ISO code',
  q05: '5th percentile rank',
  q95: '95th percentile rank',
  headline: (p: { name: string; rank: string; low: string; high: string }) =>
    `${p.name} ranks ${p.rank}. With other defensible choices of weights and methods it ranks anywhere between ${p.low} and ${p.high}.`,
  measures:
    'The index measures how far an economy has come in trading digitally: in goods, in services, and in the networks and data infrastructure underneath, each scored from 1 to 100 and averaged.',
  smallTop: (p: { top: string; maxPopulation: string }) =>
    `Small economies can top it: ${p.top} lead, none with more than ${p.maxPopulation} people, because the indicators are shares and per-person figures, not totals.`,
  zeroPillar: (p: { pillar: string; coverage: number; ranked: number }) =>
    `One pillar, ${p.pillar}, starts at weight 0: only ${p.coverage} of the ${p.ranked} economies have data for it. You can give it weight below.`,
  small: (p: { threshold: string }) => `Rank small economies too (${p.threshold} people or fewer)`,
  smallTag: 'small',
  flags: {
    carried: 'Carried forward',
    referenceMark: (reference: number) => `ref. ${reference}`,
    imputedMark: 'imputed',
    note: 'ref. = the indicator’s reference year: a value from an earlier year is the latest one available, carried forward. An imputed cell has no current value of its own and is filled by the published imputation method.',
    carriedCell: (p: { indicator: string; year: number; reference: number }) =>
      `${p.indicator}: the ${p.year} value, reference year ${p.reference}`,
    imputedCell: (p: { indicator: string; method: string }) => `${p.indicator}: imputed (${p.method})`,
    staleCell: (p: { indicator: string; method: string; year: number; reference: number }) =>
      `${p.indicator}: imputed (${p.method}); its ${p.year} value is too old for reference year ${p.reference}`,
    unknownMethod: 'method not named'
  },
  whatMoves: {
    title: 'What moves the ranking',
    lede: 'Which of the uncertain choices behind the index moves this ranking most: for each choice, the share of the variation in how far economies move from their rank here that it causes on its own (first-order) and together with the other choices (total-order).',
    run: 'Run the analysis',
    rerun: 'Run again',
    cancel: 'Cancel',
    cancelled: 'The analysis was cancelled.',
    progress: 'Sensitivity analysis progress',
    failed: 'The analysis could not run',
    outdated: 'The view has changed since this analysis; run it again for this view.',
    published:
      'The analysis published with this edition, computed when it was built. Change a choice above to run it for your own view.',
    input: 'Uncertain choice',
    alternatives: 'Values tried',
    total: 'Total-order index',
    first: 'First-order index',
    ci: '95 % bootstrap interval',
    totalTitle: 'Total-order Sobol index of the mean absolute rank shift',
    firstTitle: 'First-order Sobol index of the mean absolute rank shift',
    caption: (p: { runs: number; samples: number }) =>
      `Sobol indices from ${p.runs.toLocaleString(intlLocale('en'))} index runs (${p.samples.toLocaleString(intlLocale('en'))} Saltelli samples, Jansen estimators)`,
    reading:
      'An interval that includes 0 means the choice’s effect cannot be told apart from sampling noise at this sample size; a first-order value below 0 is sampling noise. Total-order minus first-order is what the choice does only in combination with others.',
    inputs: {
      'treat.winmax': 'Winsorising',
      normalise: 'Normalisation',
      aggregate: 'Aggregation',
      weights: 'Weights',
      impute: 'Imputation',
      exclude: 'Indicators',
      maxAge: 'Recency'
    },
    values: {
      winmax: (counts: string) => `at most ${counts} points winsorised`,
      weightNoise: (share: string) => `each weight scaled by up to ±${share}`,
      minmax: (p: { lo: number; hi: number }) => `min–max (${p.lo}–${p.hi})`,
      zscore: (p: { mean: number; sd: number }) => `z-score (mean ${p.mean}, sd ${p.sd})`,
      goalposts: 'goalposts',
      rank: 'rank',
      amean: 'arithmetic mean',
      gmean: 'geometric mean',
      hmean: 'harmonic mean',
      noImputation: 'none',
      availableMean: 'mean of the pillar’s other indicators',
      lastAvailable: 'latest earlier value',
      listwise: 'none (an economy missing any indicator is not ranked)',
      groupMean: (group: string) => `mean of the ${group}`,
      groupMedian: (group: string) => `median of the ${group}`,
      allIndicators: 'all indicators',
      without: (names: string) => `without ${names}`,
      eachLeftOut: (count: number) => `all indicators, or one of them left out at a time (${count} alternatives)`,
      noAgeLimit: 'any age',
      maxAge: (years: number) => `at most ${years} years older than the latest`
    },
    groups: {
      Income_group: 'income group',
      Region_group: 'region',
      BRI_group: 'Belt and Road members or non-members',
      Size_group: 'small or other economies'
    } as Record<string, string>
  },
  weight: 'Weight',
  pillar: 'Pillar',
  embed: 'Embed this ranking',
  method: 'How the index is built',
  progressLabel: 'Uncertainty analysis progress'
};
