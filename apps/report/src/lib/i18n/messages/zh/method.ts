import type { Messages } from '../en';

export const method: Messages['method'] = {
  title: '方法',
  intro:
    '本页列出报告与指数使用的全部公式及其出处、指数的构建方式、不确定性分析和数据版本。实现代码位于 packages/core。',
  formulas: '公式',
  reference: '出处',
  code: '代码',
  indexHeading: '数字贸易发展指数的构建',
  framework: (p) =>
    `框架以 COINr 格式（iData / iMeta）由本版数据的序列文件生成：经济体取国家实体列表中的经济体（不含区域或收入组合），每个指标取规定年份窗口内的最新年份，并记录每个单元格所用年份。经济体须满足下文的覆盖规则才参与排名：${p.candidates}个经济体中${p.kept}个参与排名。`,
  spec: '所有指标方向为正（越高越好）。发布设定：缺失指标以该经济体同一支柱内其他指标的均值插补（见下文“插补”）；按 COINr 规则做异常值处理（缩尾最多5点，否则取对数）；极差标准化到1–100；指标在支柱内、支柱在指数内等权算术平均。价值链融入支柱权重为0：有数据的经济体很少，远低于可得性规则，因此单独展示，读者可在探索器中为其赋权。目标值法的上下限：比重与得分类指标取0和100；无上界指标取参与排名经济体的第95百分位数（向上取两位有效数字）。',
  coverageHeading: '覆盖规则与未纳入的经济体',
  coverageRule: (p) =>
    `经济体须在${p.counted}个加权指标中至少具备${p.required}个（${p.threshold}%规则），且每个加权支柱都具备足够的本支柱指标，才参与排名；这样没有经济体会在缺少数据的支柱上被排名：`,
  pillarRule: (p) => `${p.pillar}：${p.of}个指标中至少${p.required}个`,
  excludedCaption: (p) => `${p.candidates}个经济体中有${p.count}个未参与排名及其原因`,
  excludedColumns: {
    economy: '经济体',
    available: '加权指标',
    shortfall: '未达规则的支柱',
    overall: '未达总体规则',
    recency: '因时效规则未纳入'
  },
  shortfall: (p) => `${p.pillar}：${p.available}个，需${p.required}个`,
  yes: '是',
  no: '否',
  imputationHeading: '插补与沿用旧值',
  imputationMethods: {
    availableMean:
      '该经济体同一支柱内其他指标在标准化尺度上的均值（COINr 的行均值；即跳过缺失指标求平均的做法，在此明确写出）',
    groupMean: '所在组别的均值',
    groupMedian: '所在组别的中位数',
    lastAvailable: '该经济体最近一次的可得值'
  },
  imputation: (p) =>
    `插补是发布设定中明确命名的一步：参与排名的经济体缺少某个指标时，取${p.method}。共插补${p.cells}个单元格，涉及${p.units}个经济体（${p.indicators}）。`,
  noImputation: '发布设定未指定插补：缺失指标不参与计算，其权重在所属支柱内重新分配。',
  carriedForward: (p) =>
    `取年份窗口内的最新值，相当于沿用最近一次观测值：${p.units}个经济体的${p.cells}个单元格所用数值早于该指标的参考年份。每个插补或沿用旧值的单元格及其年份列在 flags.csv 中，指数结果下载文件按经济体给出其数量。`,
  flagsLink: '下载 flags.csv',
  recencyHeading: '时效规则',
  recencyRule: (p) =>
    `指标的参考年份是有数据的经济体中至少${p.share}%已达到的最新年份。比参考年份早${p.maxAge}年以上的数值被剔除，随后按缺失处理：插补，或计入覆盖规则。`,
  recencyEffect: (p) =>
    `本版的影响：剔除${p.cells}个数值；${p.affected}个参与排名的经济体的被剔除数值改为插补；因此不再参与排名的经济体：${p.excluded}。`,
  recencyCaption: '各指标的参考年份及时效规则的作用',
  recencyColumns: {
    indicator: '指标',
    window: '年份窗口',
    reference: '参考年份',
    oldest: '保留的最早年份',
    carried: '沿用旧值',
    dropped: '剔除'
  },
  staleIndicator: (p) =>
    `${p.name}的参考年份为${p.year}年，比本版早${p.age}年：该指标整体偏旧。去掉该指标后，排名平均变动${p.mean}位（最多${p.max}位）。`,
  redundancyHeading: '冗余：依据审计结果的决定',
  redundancyRule: (p) => `同一支柱内两个指标的斯皮尔曼ρ达到${p.threshold}或以上时，视为衡量同一事物，须去掉其中之一。`,
  pairsAbove: (p) => (p.count === 0 ? '支柱内没有任何一对指标达到该值。' : `支柱内有${p.count}对指标达到该值。`),
  pairsCaption: '各支柱内每对指标的斯皮尔曼ρ',
  pairsColumns: { pillar: '支柱', pair: '指标', rho: '斯皮尔曼ρ' },
  pairName: (p) => `${p.a}与${p.b}`,
  inclusionText: '每个指标对排名的作用：将该指标权重设为0后重新计算发布的指数（探索器可对任何权重这样做）。',
  inclusionCaption: '去掉各指标后的排名变动',
  inclusionColumns: { indicator: '指标', mean: '平均变动（位）', max: '最大变动' },
  externalText: '不计入指数、由审计作为参照的外部指标：',
  externalDecision: (p) =>
    `${p.name}。${p.note}在${p.n}个参与排名的经济体中，与其最接近的指标的斯皮尔曼ρ：${p.closest}。`,
  closest: (p) => `${p.name}${p.rho}`,
  smallHeading: '小型经济体',
  smallRule: (p) =>
    `人口不超过${p.threshold}的经济体标记为小型经济体：${p.units}个参与排名的经济体中有${p.count}个（${p.share}%）。`,
  smallEvidence: (p) =>
    `它们占据前${p.top}名中的${p.inTop}席，若与其他经济体分布相同则应为${p.expected}席；指数与人口对数的斯皮尔曼ρ为${p.rho}。发布的排名保留这些经济体。`,
  smallViews: (p) =>
    `两种视角均已发布：index-results.csv 给出每个经济体含小型经济体的排名（Rank）和不含小型经济体的排名（RankWithoutSmall，即仅用其余经济体重新计算的指数）。去掉小型经济体后，其余经济体相对其发布顺序平均变动${p.mean}位（最多${p.max}位）。`,
  smallList: (p) => `标记为小型经济体的${p.count}个经济体及其发布排名`,
  smallColumns: { economy: '经济体', rank: '排名' },
  toAudit: '统计审计：相关系数、克龙巴赫α、主成分',
  indicatorsCaption: '指标、来源、年份窗口与覆盖',
  columns: {
    code: '代码',
    indicator: '指标',
    pillar: '支柱（权重）',
    computed: '计算',
    window: '年份窗口',
    years: '所用年份：经济体数',
    coverage: '覆盖',
    direction: '方向',
    goalposts: '目标值',
    notes: '说明'
  },
  directions: { '1': '越高越好', '-1': '越低越好' },
  specHeading: '发布的指数设定（spec.json）',
  toExplorer: '在探索器中调整权重与方法',
  toDownloads: '下载 iData、iMeta 与结果',
  uncertaintyHeading: '不确定性分析',
  uncertainty: (p) =>
    `排名区间来自${p.draws}次蒙特卡洛抽样（种子${p.seed}），抽样范围是设定中声明的各项不确定选择（见下表）：除指标纳入与数据时效外全部包括在内（见“计入排名区间”一栏）。这两项改变的是指数所用的指标或数值，据此得出的区间会混合不同的指数，因此只在敏感性分析中变动。报告每个经济体排名的中位数及第5、第95百分位数。探索器对读者的设定在浏览器的后台线程中重复同一分析。`,
  sensitivityHeading: '哪些因素影响排名：基于方差的敏感性分析',
  sensitivityText: (p) =>
    `对设定中的每项不确定选择，计算相对已发布排名的平均绝对名次变动的一阶与总效应索博尔指数：${p.samples}个Saltelli样本（种子${p.seed}），${p.runs}次指数计算，总效应采用Jansen估计量，95%区间来自${p.bootstrap}次自助法重抽样。本版构建时计算一次；探索器显示同样的数值，视图改变后可重新运行。`,
  sensitivityCaption: '平均绝对名次变动的索博尔指数（已发布的分析）',
  sensitivityColumns: { inIntervals: '计入排名区间' },
  noSensitivity: '本版未发布敏感性分析。',
  vintagesHeading: '数据版本',
  vintagesCaption: (p) => `${p.edition}年版使用的数据来源`,
  vintageColumns: { source: '来源', publisher: '发布机构', dataset: '数据集', vintage: '版本' },
  allSeries: (p) => `全部${p.count}个序列及其处理`,
  seriesColumns: { series: '序列', source: '来源', unit: '单位', years: '年份', transformation: '处理' }
};
