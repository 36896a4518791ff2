/** The statistical audit page. */
export const audit = {
  title: 'Statistical audit',
  intro: (p: { units: number }) =>
    `How the indicators and pillars of the index relate to each other, as a composite-indicator audit reports it (OECD/JRC Handbook, 2008, step 4). Computed once when the edition is built, on the published spec: the treated and normalised indicators of the ${p.units} ranked economies (imputed cells included) for each pillar, the pillar scores for the index. Pillars with weight 0 are left out, as they do not enter the index.`,
  toMethod: 'Method: the rules, the exclusions and the decisions these numbers support',
  cronbachHeading: 'Internal consistency: Cronbach’s α',
  cronbachText:
    'α = k/(k−1)·(1 − Σ variances / variance of the sum) over each aggregate’s direct children, with the covariance over pairwise-complete observations (COINr’s definition). Values of about 0.7 or more mean the children move together; very high values can also mean redundancy.',
  cronbachCaption: 'Cronbach’s α per aggregate',
  columns: {
    aggregate: 'Aggregate',
    children: 'Children (k)',
    alpha: 'α',
    component: 'Component',
    eigenvalue: 'Eigenvalue',
    variance: 'Variance explained',
    measure: 'Measure',
    pearson: 'Pearson r',
    pearsonLn: 'Pearson r of the logarithm',
    spearman: 'Spearman ρ',
    n: 'Economies',
    number: 'No.',
    name: 'Indicator or aggregate'
  },
  pcaHeading: 'Principal components',
  pcaText:
    'Principal components of the correlation matrix of each aggregate’s children over the complete cases: eigenvalues in descending order, the share of variance each explains (eigenvalue / k) and the loadings (unit vectors). One dominant component supports summarising the children by one score.',
  pcaAll: (p: { share: string; k: number; n: number }) =>
    `All ${p.k} indicators together (${p.n} economies): the first principal component explains ${p.share} % of the variance.`,
  allIndicators: 'All indicators',
  screeTitle: (p: { name: string }) => `Variance explained by each principal component: ${p.name}`,
  pcaCaption: (p: { name: string; n: number }) => `Principal components of ${p.name} (${p.n} complete cases)`,
  loading: (p: { name: string }) => `Loading: ${p.name}`,
  pc: (p: { i: number }) => `PC${p.i}`,
  share: 'Share of variance',
  percent: (p: { value: string }) => `${p.value} %`,
  correlationHeading: 'Correlations',
  correlationText:
    'Correlations of every indicator, pillar and the index over pairwise-complete observations; Spearman’s ρ on average ranks. Within a pillar, two indicators at 0.9 or more would measure the same thing; an indicator that barely correlates with its own pillar would not belong to it. Rows and columns are numbered as in the key.',
  keyCaption: 'Key: the rows and columns of the matrices',
  pearsonTitle: 'Pearson correlations of the indicators, pillars and the index',
  spearmanTitle: 'Spearman correlations of the indicators, pillars and the index',
  matrixCaption: (p: { title: string }) => `${p.title}: the values`,
  matrixDescription: (p: { title: string; high: string; low: string }) =>
    `${p.title}. Highest between two different rows: ${p.high}. Lowest: ${p.low}.`,
  pair: (p: { a: string; b: string; value: string }) => `${p.a} and ${p.b}, ${p.value}`,
  externalHeading: 'The index against external measures',
  externalText:
    'A composite index that tracked national income alone would add little; one unrelated to connectivity would be suspect. Measures kept out of the index serve as benchmarks: the correlation of the index with each, over the economies that have it.',
  externalCaption: 'Correlation of the index with external measures',
  lnOf: (p: { name: string }) => `ln ${p.name}`,
  scatterTitle: (p: { index: string; measure: string }) => `${p.index} against ${p.measure}`,
  scatterDescription: (p: { n: number; r: string; rho: string }) =>
    `One point per ranked economy with both values (${p.n}). Pearson r ${p.r}, Spearman ρ ${p.rho}.`
};
