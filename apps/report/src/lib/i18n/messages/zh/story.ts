import type { Messages } from '../en';

export const story: Messages['story'] = {
  evidenceHead: ['类型', '指标', '数值', '出处'],
  figures: '各方数字',
  whyDiffer: '分歧原因',
  citedClaims: (p) => `引自原文的数字（${p.count}）`,
  measured: '实测数据',
  claim: '原文说法',
  source: '来源：',
  sourceSeparator: '；',
  licenceOpen: '（',
  licenceClose: '）',
  chartLinks: '下载、引用或嵌入此图表',
  unsignedText: '未署名原文',
  quotedText: '引自原文',
  publicationCited: '出版物，仅引用',
  citation: (p) =>
    `数字贸易报告（${p.edition}年版），图表“${p.title}”（${p.id}）。数据来源：${p.sources.join('；')}。许可：${p.licence}。`,
  document: (p) => `${p.publisher}，${p.title}（${p.year}年）`,
  documentShort: (p) => `${p.publisher}（${p.year}年）`,
  citedSource: (p) => `${p.label}，${p.licence}`,
  yuan: '元',
  ordinal: (p) => `第${p.n}`,
  month: (p) => `${p.year}年${p.month}月`
};
