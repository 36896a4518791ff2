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
      'Text and charts: CC BY 4.0, Digital Trade Report. Data keep their publishers’ licences, named under each chart. Code: MIT.',
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
    licence: '文字与图表：CC BY 4.0，数字贸易报告。数据沿用各发布机构的许可，见各图表下方。代码：MIT。',
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
