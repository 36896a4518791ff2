import type { Locale } from '$lib/i18n/locale';

/** The words of the site's own chrome (not the story copy, which lives in src/content). */
const strings = {
  en: {
    skip: 'Skip to the story',
    otherLanguage: '中文',
    otherLanguageLabel: 'Read this page in Chinese',
    themeDark: 'Dark theme',
    themeLight: 'Light theme',
    contents: 'Contents',
    progress: 'Reading progress',
    embedLink: 'Embed this chart',
    step: 'Step',
    of: 'of',
    takeaway: 'Takeaway',
    chartFailed: 'This chart’s data could not be loaded, so it cannot respond to the steps.',
    chartFailedStatic: 'The chart shown is the published version.',
    chartFailedSection: 'The section’s published chart is shown in its place.',
    retry: 'Try again',
    licence:
      'Text: CC BY 4.0, Digital Trade Report. A chart carries the licence its data allow: CC BY 4.0 when every source is CC BY; CC BY-NC-SA when a source is (TeleGeography, ITU), with the source’s wording; the source’s terms when a source has no open licence (NBS, TOP500, WTO, the BRI list). Each chart names its licence under it. Code: MIT.',
    sourceTerms: 'Source’s terms',
    colon: ': ',
    quoteOpen: '“',
    quoteClose: '”',
    listSeparator: '; ',
    edition: 'Edition',
    pagesLabel: 'Pages',
    menu: 'Menu',
    pages: [
      ['/explorer/', 'Index explorer'],
      ['/method/', 'Method'],
      ['/sources/', 'Sources'],
      ['/claims/', 'Claims'],
      ['/downloads/', 'Downloads'],
      ['/editions/', 'Editions']
    ] as [path: string, label: string][]
  },
  zh: {
    skip: '跳到正文',
    otherLanguage: 'English',
    otherLanguageLabel: 'Read this page in English',
    themeDark: '深色主题',
    themeLight: '浅色主题',
    contents: '目录',
    progress: '阅读进度',
    embedLink: '嵌入此图表',
    step: '第',
    of: '步，共',
    takeaway: '要点',
    chartFailed: '此图表的数据未能加载，因此无法随步骤变化。',
    chartFailedStatic: '当前显示的是已发布的图表。',
    chartFailedSection: '此处以本节已发布的图表代替。',
    retry: '重试',
    licence:
      '文字：CC BY 4.0，数字贸易报告。图表采用其数据所允许的许可：所有来源均为 CC BY 时为 CC BY 4.0；任一来源为 CC BY-NC-SA（TeleGeography、国际电联）时为 CC BY-NC-SA，并附来源原文；任一来源无开放许可（国家统计局、TOP500、世贸组织、“一带一路”名单）时以来源条款为准。各图表下方注明其许可。代码：MIT。',
    sourceTerms: '以数据来源的条款为准',
    colon: '：',
    quoteOpen: '“',
    quoteClose: '”',
    listSeparator: '；',
    edition: '版本',
    pagesLabel: '页面',
    menu: '菜单',
    pages: [
      ['/explorer/', '指数探索器'],
      ['/method/', '方法'],
      ['/sources/', '来源'],
      ['/claims/', '论断'],
      ['/downloads/', '下载'],
      ['/editions/', '历年版本']
    ] as [path: string, label: string][]
  }
} satisfies Record<Locale, Record<string, string | [string, string][]>>;

export type SiteStrings = (typeof strings)['en'];

export function siteStrings(locale: Locale): SiteStrings {
  return strings[locale];
}
