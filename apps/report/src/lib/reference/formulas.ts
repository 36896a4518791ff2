import type { Locale } from '$lib/i18n/locale';

export interface Formula {
  id: string;
  name: string;
  formula: string;
  explanation: string;
  reference: string;
  /** Where the implementation lives, for readers of the code. */
  code: string;
}

type Text = { en: string; zh: string };
const f = (id: string, name: Text, formula: string, explanation: Text, reference: string, code: string) => ({
  id,
  name,
  formula,
  explanation,
  reference,
  code
});

/** Every formula the report and the index use, with its reference and its implementation in packages/core. */
const FORMULAS = [
  f(
    'growth',
    { en: 'Year-on-year growth', zh: '同比增长率' },
    'g_t = x_t / x_{t−1} − 1',
    { en: 'Missing when either year is missing or the earlier value is 0.', zh: '任一年份缺失或上年值为0时记为缺失。' },
    'OECD Glossary of Statistical Terms, "growth rates".',
    'packages/core/src/yoy-growth.ts'
  ),
  f(
    'cagr',
    { en: 'Compound annual growth rate', zh: '年均复合增长率' },
    'CAGR = (x_end / x_start)^(1 / (end − start)) − 1',
    {
      en: 'Uses only the two end points; undefined for non-positive values.',
      zh: '只使用首末两点；数值非正时无定义。'
    },
    'OECD Glossary of Statistical Terms, "compound annual growth rate".',
    'packages/core/src/cagr.ts'
  ),
  f(
    'share',
    { en: 'Share', zh: '占比' },
    's = x_i / X',
    {
      en: "Part over whole in the same unit and year, e.g. China's share of world digitally deliverable services exports.",
      zh: '同单位、同年份的部分与整体之比，例如中国占全球可数字化交付服务出口的比重。'
    },
    'UNCTAD (2023), Handbook of Statistics, "shares".',
    'packages/core/src/share.ts'
  ),
  f(
    'rca',
    { en: 'Revealed comparative advantage (Balassa)', zh: '显示性比较优势（Balassa）' },
    'RCA_ij = (x_ij / X_i) / (x_wj / X_w)',
    {
      en: "Economy i's share of product j in its exports over the world's; above 1 = revealed advantage.",
      zh: '经济体 i 出口中产品 j 的比重与全球相应比重之比；大于1表示具有显示性优势。'
    },
    'Balassa, B. (1965), "Trade liberalisation and revealed comparative advantage", The Manchester School 33(2).',
    'packages/core/src/rca.ts'
  ),
  f(
    'tc',
    { en: 'Trade competitiveness (net export) index', zh: '贸易竞争力（净出口）指数' },
    'TC = (X − M) / (X + M)',
    { en: 'From −1 (imports only) to 1 (exports only).', zh: '取值从 −1（只有进口）到 1（只有出口）。' },
    'UNCTAD/WTO International Trade Centre, Trade Performance Index technical notes.',
    'packages/core/src/trade-competitiveness.ts'
  ),
  f(
    'hhi',
    {
      en: "Herfindahl–Hirschman index and UNCTAD's normalised HHI",
      zh: '赫芬达尔—赫希曼指数及联合国贸发会议标准化HHI'
    },
    'HHI = Σ s_k²;  HHI* = (√Σ s_k² − √(1/N)) / (1 − √(1/N))',
    {
      en: 'Concentration of exports across N products or partners; the normalised form runs from 0 to 1.',
      zh: '出口在 N 个产品或伙伴间的集中度；标准化形式取值0到1。'
    },
    'UNCTAD (2023), Handbook of Statistics, technical notes, "concentration index".',
    'packages/core/src/hhi.ts, packages/core/src/normalised-hhi.ts'
  ),
  f(
    'theil',
    { en: 'Theil index', zh: '泰尔指数' },
    'T = (1/N) Σ (x_k / μ) ln(x_k / μ)',
    {
      en: 'Inequality (or diversification) of a distribution; 0 = equal, ln N = all in one.',
      zh: '分布的不均等（或多样化）程度；0为完全均等，ln N 为全部集中于一项。'
    },
    'Theil, H. (1967), Economics and Information Theory; Cadot, Carrère & Strauss-Kahn (2011), "Export diversification: what\'s behind the hump?", REStat 93(2).',
    'packages/core/src/theil.ts'
  ),
  f(
    'gini',
    { en: 'Gini coefficient', zh: '基尼系数' },
    'G = Σ_i Σ_j |x_i − x_j| / (2 N² μ)',
    {
      en: 'Mean absolute difference over twice the mean; 0 = equal, towards 1 = concentrated.',
      zh: '平均绝对差除以两倍均值；0为均等，接近1为高度集中。'
    },
    'Gini, C. (1912), Variabilità e mutabilità.',
    'packages/core/src/gini.ts'
  ),
  f(
    'kpww',
    { en: 'GVC participation and position (KPWW)', zh: '全球价值链参与度与位置（KPWW）' },
    'participation = IV/E + FV/E;  position = ln(1 + IV/E) − ln(1 + FV/E)',
    {
      en: "IV = domestic value added in other economies' exports (forward), FV = foreign value added in own exports (backward), E = gross exports. The edition's ADB MRIO figures use the Borin–Mancini trade-based definitions, not TiVA.",
      zh: 'IV 为本国增加值体现在他国出口中的部分（前向），FV 为本国出口中的外国增加值（后向），E 为总出口。本版亚行MRIO数据采用 Borin–Mancini 贸易口径定义，而非 TiVA。'
    },
    'Koopman, Powers, Wang & Wei (2010), "Give credit where credit is due", NBER WP 16426; Borin & Mancini (2019), World Bank WP 8804.',
    'packages/core/src/gvc-participation.ts, packages/core/src/gvc-position.ts'
  ),
  f(
    'minmax',
    { en: 'Min–max normalisation', zh: '极差标准化' },
    'y = a + (x·d − min) / (max − min) · (b − a)',
    {
      en: 'd = direction (±1) applied first; min and max over non-missing units; [a, b] = [1, 100] in the published index.',
      zh: '先乘方向 d（±1）；最小值、最大值取自非缺失单位；发布指数中 [a, b] = [1, 100]。'
    },
    'OECD/JRC (2008), Handbook on Constructing Composite Indicators, §5; COINr 1.1 n_minmax.',
    'packages/core/src/index/normalise-column.ts'
  ),
  f(
    'zscore',
    { en: 'Z-score normalisation', zh: 'Z 分数标准化' },
    'y = m + s · (x·d − mean) / sd',
    {
      en: 'sd is the n − 1 standard deviation over non-missing units; the explorer uses m = 50, s = 10.',
      zh: 'sd 为非缺失单位的 n − 1 标准差；探索器中 m = 50，s = 10。'
    },
    'OECD/JRC (2008), §5; COINr 1.1 n_zscore.',
    'packages/core/src/index/normalise-column.ts'
  ),
  f(
    'goalposts',
    { en: 'Goalpost normalisation', zh: '目标值标准化' },
    'y = clip((x − L) / (U − L), 0, 1) · 100   (direction −1: (U − x) / (U − L))',
    {
      en: 'L and U are fixed per indicator in iMeta (see the table below), as the ITU IDI 2024 does.',
      zh: 'L 与 U 在 iMeta 中按指标固定（见下表），与国际电联 IDI 2024 做法相同。'
    },
    'ITU (2024), ICT Development Index 2024 methodology; COINr 1.1 n_goalposts.',
    'packages/core/src/index/normalise-column.ts'
  ),
  f(
    'rank',
    { en: 'Rank normalisation', zh: '排序标准化' },
    'y = rank(x·d), ties averaged',
    { en: 'Keeps only the order.', zh: '只保留次序信息。' },
    'COINr 1.1 n_rank.',
    'packages/core/src/index/normalise-column.ts'
  ),
  f(
    'winsorise',
    { en: 'Outlier treatment (winsorisation, log fallback)', zh: '异常值处理（缩尾，对数替代）' },
    'while |skew| ≥ 2 and kurtosis ≥ 3.5 and steps < winmax: clip the most extreme value to the next one;  else y = ln(x − min + 0.01·(max − min))',
    {
      en: 'Sample skewness and excess kurtosis (type 2); winmax = 5 in the published index. If winsorising does not bring the column within the thresholds, the original values are log-transformed instead.',
      zh: '采用样本偏度和超额峰度（第2类）；发布指数中 winmax = 5。若缩尾后仍未达标，则改为对原始值取对数。'
    },
    'COINr 1.1 Treat(); OECD/JRC (2008), §3.',
    'packages/core/src/index/treat-column.ts'
  ),
  f(
    'means',
    { en: 'Aggregation: arithmetic, geometric and harmonic means', zh: '加总：算术、几何与调和平均' },
    'amean = Σ w·y / Σ w;  gmean = exp(Σ w·ln y / Σ w);  hmean = Σ w / Σ (w / y)',
    {
      en: 'Over the non-missing children of each aggregate, their weights rescaled; geometric and harmonic means need positive scores, which is why min–max runs from 1.',
      zh: '对每个聚合节点的非缺失子项计算，权重重新归一；几何与调和平均要求得分为正，故极差标准化下限取1。'
    },
    'OECD/JRC (2008), §6; COINr 1.1 a_amean, a_gmean, a_hmean.',
    'packages/core/src/index/aggregate-scores.ts'
  ),
  f(
    'uncertainty',
    { en: 'Uncertainty analysis', zh: '不确定性分析' },
    'for d = 1..N: w′ = w · U(1 − f, 1 + f); pick winmax, normalisation, aggregation uniformly; rank;  report median and 5th–95th percentile rank',
    {
      en: 'N = 1,000 draws, seed 1, f = 0.25; alternatives: winmax 3, 4 or 5; min–max (1–100) or rank; arithmetic or geometric mean. Each draw uses its own seeded random stream, so the intervals are reproducible.',
      zh: 'N = 1000 次抽样，种子为1，f = 0.25；备选：winmax 取 3、4 或 5；极差（1–100）或排序标准化；算术或几何平均。每次抽样使用各自带种子的随机数流，区间可复现。'
    },
    'Saisana, Saltelli & Tarantola (2005), "Uncertainty and sensitivity analysis techniques as tools for the quality assessment of composite indicators", JRSS A 168(2); COINr 1.1 get_sensanalysis.',
    'packages/core/src/uncertainty/'
  )
];

export function formulas(locale: Locale): Formula[] {
  return FORMULAS.map((x) => ({ ...x, name: x.name[locale], explanation: x.explanation[locale] }));
}
