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
    `框架以 COINr 格式（iData / iMeta）由本版数据的序列文件生成：经济体取国家实体列表中的经济体（不含区域或收入组合），每个指标取规定年份窗口内的最新年份，并记录每个单元格所用年份。经济体须至少具备${p.required}/${p.counted}个加权指标（${p.threshold}%规则）才纳入：${p.candidates}个经济体中保留${p.kept}个。`,
  spec: '所有指标方向为正（越高越好）。发布设定：按 COINr 规则做异常值处理（缩尾最多5点，否则取对数）；极差标准化到1–100；指标在支柱内、支柱在指数内等权算术平均；缺失值不插补，其权重在所属支柱内重新分配。价值链融入支柱权重为0：仅72个经济体有数据，远低于可得性规则，因此单独展示，读者可在探索器中为其赋权。目标值法的上下限：比重与得分类指标取0和100；无上界指标取保留经济体的第95百分位数（向上取两位有效数字）。',
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
  uncertainty:
    '排名区间来自1000次蒙特卡洛抽样（种子1）：每个权重乘以[0.75, 1.25]上的均匀随机数；缩尾上限在3、4、5中等概率选取；标准化在极差（1–100）与排序之间选取；加总在算术与几何平均之间选取。报告每个经济体排名的中位数及第5、第95百分位数。探索器对读者的设定在浏览器的后台线程中重复同一分析。',
  vintagesHeading: '数据版本',
  vintagesCaption: (p) => `${p.edition}年版使用的数据来源`,
  vintageColumns: { source: '来源', publisher: '发布机构', dataset: '数据集', vintage: '版本' },
  allSeries: (p) => `全部${p.count}个序列及其处理`,
  seriesColumns: { series: '序列', source: '来源', unit: '单位', years: '年份', transformation: '处理' }
};
