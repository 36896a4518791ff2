import type { Messages } from '../en';

export const audit: Messages['audit'] = {
  title: '统计审计',
  intro: (p) =>
    `按综合指数审计的做法（经合组织与欧盟联合研究中心《综合指数构建手册》，2008年，第4步），说明指数的指标与支柱之间的关系。在构建本版数据时按发布设定计算一次：各支柱使用${p.units}个参与排名经济体经处理和标准化的指标（含插补单元格），指数使用各支柱得分。权重为0的支柱不计入指数，故不在审计之列。`,
  toMethod: '方法：规则、未纳入的经济体以及这些数字所支持的决定',
  cronbachHeading: '内部一致性：克龙巴赫α',
  cronbachText:
    'α = k/(k−1)·(1 − 各项方差之和 / 总和的方差)，按每个汇总项的直接下级计算，协方差取成对完整的观测值（COINr 的定义）。约0.7及以上表示下级指标同向变动；过高也可能意味着冗余。',
  cronbachCaption: '各汇总项的克龙巴赫α',
  columns: {
    aggregate: '汇总项',
    children: '下级数（k）',
    alpha: 'α',
    component: '主成分',
    eigenvalue: '特征值',
    variance: '解释方差',
    measure: '指标',
    pearson: '皮尔逊r',
    pearsonLn: '对数的皮尔逊r',
    spearman: '斯皮尔曼ρ',
    n: '经济体数',
    number: '序号',
    name: '指标或汇总项'
  },
  pcaHeading: '主成分',
  pcaText:
    '对每个汇总项的下级指标，在完整观测值上基于相关矩阵求主成分：特征值按降序排列，每个主成分解释的方差比重（特征值 / k）及载荷（单位向量）。若一个主成分占主导，则支持用一个得分概括这些下级指标。',
  pcaAll: (p) => `全部${p.k}个指标合在一起（${p.n}个经济体）：第一主成分解释${p.share}%的方差。`,
  allIndicators: '全部指标',
  screeTitle: (p) => `各主成分解释的方差：${p.name}`,
  pcaCaption: (p) => `${p.name}的主成分（${p.n}个完整观测）`,
  loading: (p) => `载荷：${p.name}`,
  pc: (p) => `第${p.i}主成分`,
  share: '方差比重',
  percent: (p) => `${p.value}%`,
  correlationHeading: '相关系数',
  correlationText:
    '全部指标、支柱与指数两两之间的相关系数，取成对完整的观测值；斯皮尔曼ρ基于平均秩。同一支柱内两个指标达到0.9或以上，意味着衡量的是同一事物；与本支柱几乎不相关的指标则不属于该支柱。行与列按对照表编号。',
  keyCaption: '对照表：矩阵的行与列',
  pearsonTitle: '指标、支柱与指数的皮尔逊相关系数',
  spearmanTitle: '指标、支柱与指数的斯皮尔曼相关系数',
  matrixCaption: (p) => `${p.title}：数值`,
  matrixDescription: (p) => `${p.title}。不同行之间最高：${p.high}。最低：${p.low}。`,
  pair: (p) => `${p.a}与${p.b}，${p.value}`,
  externalHeading: '指数与外部指标的比较',
  externalText:
    '只反映国民收入的综合指数没有多少增量信息；与连通性毫无关系的指数则值得怀疑。未计入指数的指标可作为参照：下表为指数与各指标在有数据的经济体上的相关系数。',
  externalCaption: '指数与外部指标的相关系数',
  lnOf: (p) => `${p.name}的自然对数`,
  scatterTitle: (p) => `${p.index}与${p.measure}`,
  scatterDescription: (p) =>
    `每个点代表一个两项数值均有的参与排名经济体（${p.n}个）。皮尔逊r为${p.r}，斯皮尔曼ρ为${p.rho}。`
};
