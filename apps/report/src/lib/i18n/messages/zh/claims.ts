import type { Messages } from '../en';

export const claims: Messages['claims'] = {
  title: '论断台账',
  heading: (p) => `论断台账（${p.edition}年版）`,
  intro: (p) =>
    `五篇种子文本中的每一个数字（共${p.claims}条），附原文引语、所涉指标和与本版数据的核对。来源之间不一致时并列展示并说明原因（${p.conflicts}组）。`,
  notesLanguage: '原文引语与台账说明为英文，保留原样。',
  filter: '筛选论断',
  topic: '主题',
  text: '文本',
  indicator: '指标',
  all: '全部',
  noIndicator: '（无对应指标）',
  search: '搜索引语或说明',
  shown: (p) => `显示 ${p.shown} / ${p.total} 条`,
  allClaims: '全部论断',
  caption: '论断',
  columns: {
    id: '标识',
    topic: '主题',
    text: '文本 / 章节',
    entity: '经济体',
    indicator: '指标',
    year: '年份',
    value: '数值',
    quote: '引语',
    note: '说明'
  },
  conflict: '冲突',
  conflictsHeading: '来源之间的冲突',
  editionData: '本版数据',
  versus: '对',
  usingReading: '，按我们的解读',
  count: { other: '#条论断' },
  topics: {
    definition: '定义',
    goods: '货物',
    services: '服务',
    data: '数据',
    infrastructure: '基础设施',
    rules: '规则',
    guangdong: '广东',
    problems: '问题'
  },
  indicators: {
    'dds-exports': '可数字化交付服务出口',
    'gvc-participation': '全球价值链参与率',
    'merchandise-exports': '货物出口',
    'merchandise-imports': '货物进口',
    'ict-service-exports': 'ICT服务出口',
    'internet-users': '互联网用户'
  },
  entities: {
    WLD: '世界',
    BRI: '“一带一路”国家',
    'CN-YRD': '长三角',
    'CN-CENTRAL-WEST': '中西部地区'
  },
  qualifiers: { about: '约', 'more than': '超过', 'less than': '不足', forecast: '预测', top: '前' },
  qualifierGap: '',
  colon: '：',
  notStated: '未说明',
  reasons: {
    definition: '统计口径不同',
    vintage: '数据版本不同',
    source: '数据来源不同',
    garbled: '原文数字错乱',
    slip: '年份标注有误',
    rounding: '四舍五入',
    unexplained: '原文未说明'
  }
};
