import type { Messages } from '../en';

export const downloads: Messages['downloads'] = {
  title: '下载',
  intro:
    '所有文件在构建网站时生成，与页面所用数据完全一致。报告自身内容采用 CC BY 4.0；各数据集沿用其发布机构的许可，见',
  sourcesLink: '数据来源页',
  licences: '许可',
  files: {
    'edition.zip': (p) =>
      `${p.edition}年版全部数据：${p.series}个序列（JSON 与 CSV）、实体、目录、清单、论断与指数文件，并附来源与许可说明（README）。`,
    'claims.csv': (p) => `论断台账（${p.claims}条），每行一条。`,
    'claims.json': () => '论断台账，含文本信息与冲突组。',
    'index-results.csv': () =>
      '已发布的指数结果：各经济体的支柱得分、指数、排名及5–95%排名区间；Small（1表示人口不超过小型经济体门槛）、RankWithoutSmall（不含小型经济体重新计算指数时的排名，小型经济体为空）、Imputed 与 CarriedForward（该经济体被插补和沿用旧值的单元格数，明细见 flags.csv）。',
    'spec.json': () => '已发布的指数设定（异常值处理、标准化、加总、权重、不确定性）。',
    'iData.csv': () => 'COINr iData：原始指标表。',
    'iMeta.csv': () => 'COINr iMeta：指标框架（层级、上级、方向、权重、目标值）。',
    'iYears.csv': () => 'iData 每个单元格的数据年份。',
    'framework.json': () => '指数的定义、年份窗口、覆盖与筛选。',
    'method.json': () =>
      '指数遵循的规则及其影响：各支柱的覆盖规则及每个未参与排名的经济体与原因、时效、插补、小经济体。',
    'flags.csv': () => '参与排名经济体中每个插补或沿用旧值的单元格及其数值年份。',
    'external.csv': () => '审计用于与指数比较的指标：国际电联IDI、人均GDP、人口。'
  }
};
