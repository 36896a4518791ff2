import type { Messages } from '../en';

export const site: Messages['site'] = {
  name: '数字贸易报告',
  skip: '跳到正文',
  otherLanguage: 'English',
  otherLanguageLabel: '以英文阅读本页',
  themeDark: '深色主题',
  themeLight: '浅色主题',
  contents: '目录',
  progress: '阅读进度',
  display: '语言与显示',
  embedLink: '嵌入此图表',
  step: '第',
  of: '步，共',
  takeaway: '要点',
  findings: '主要发现',
  toSection: '详见本节',
  moreNumbers: '更多数字',
  chartFailed: '此图表的数据未能加载，因此无法随步骤变化。',
  chartFailedStatic: '当前显示的是已发布的图表。',
  chartFailedSection: '此处以本节已发布的图表代替。',
  retry: '重试',
  licence:
    '文字：CC BY 4.0，数字贸易报告。图表采用其数据所允许的许可：所有来源均为 CC BY 时为 CC BY 4.0；任一来源为 CC BY-NC-SA（TeleGeography、国际电联）时为 CC BY-NC-SA，并附来源原文；任一来源无开放许可（国家统计局、TOP500、世贸组织、“一带一路”名单）时以来源条款为准。各图表下方注明其许可。代码：MIT。',
  /** A public-record source line whose document's title is in another language than the page: in place of the title. */
  foreignReport: '外文报道',
  sourceTerms: '以数据来源的条款为准',
  quoteOpen: '“',
  quoteClose: '”',
  licenceSeparator: '；',
  /** Around the reader's-words gloss after a licensor's wording quoted in another language. */
  glossOpen: '（',
  glossClose: '）',
  edition: '版本',
  pagesLabel: '页面',
  menu: '菜单',
  pages: [
    ['/explorer/', '指数探索器'],
    ['/method/', '方法'],
    ['/audit/', '审计'],
    ['/sources/', '来源'],
    ['/claims/', '论断'],
    ['/downloads/', '下载'],
    ['/editions/', '历年版本']
  ],
  listSeparator: '、',
  clauseSeparator: '；',
  colon: '：',
  sentenceEnd: '。',
  noData: '无数据',
  none: '无'
};
