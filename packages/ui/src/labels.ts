import type { Locale } from './format/locale.ts';

/** Every string the components show themselves, in both report locales. */
export const labels = {
  en: {
    downloadCsv: 'Download CSV',
    downloadSvg: 'Download SVG',
    downloadPng: 'Download PNG',
    copyEmbed: 'Copy embed code',
    copyLink: 'Copy link',
    showTable: 'Show data table',
    hideTable: 'Hide data table',
    dataTable: 'Data table',
    more: 'Data, downloads, embed code and citation',
    copied: 'Copied to clipboard',
    copyFailed: 'Could not copy; select the text below instead',
    downloaded: 'Download started',
    source: 'Source',
    sources: 'Sources',
    notes: 'Notes',
    licence: 'Licence',
    citation: 'Cite as',
    chartActions: 'Chart actions',
    embedCode: 'Embed code',
    link: 'Link to this view',
    keyboardHint: 'Use the left and right arrow keys to move between years; Home and End jump to the ends.',
    noData: 'no data',
    legend: 'Legend',
    year: 'Year',
    rank: 'Rank',
    value: 'Value',
    low: 'low',
    high: 'high',
    member: 'Member',
    exited: 'Exited',
    notMember: 'Not a member',
    joined: 'Joined',
    colon: ': ',
    listSeparator: ', ',
    commaSeparator: ', ',
    clauseSeparator: '; ',
    /** Between the short names sharing a timeline row on a phone (a name may hold a comma: "Hong Kong SAR, China"). */
    rowSeparator: '; ',
    sentenceEnd: '.',
    sentenceGap: ' ',
    /** Province tiles too small for names show two-letter codes (Chinese shows names, compressed). */
    tileCodes: true,
    marked: (p: { items: string }) => `Marked on the chart: ${p.items}.`,
    /** "China: 12 in 2013, 40 in 2022." — one row of a slope chart or heatmap, first and last value. */
    firstLast: (p: { label: string; first: string; firstAt: string; last: string; lastAt: string }) =>
      `${p.label}: ${p.first} in ${p.firstAt}, ${p.last} in ${p.lastAt}.`,
    groupRange: (p: { label: string; count: number; min: string; max: string }) =>
      `${p.label}: ${p.count} economies from ${p.min} to ${p.max}.`,
    extremes: (p: { highest: string; high: string; lowest: string; low: string }) =>
      `Highest: ${p.highest} (${p.high}); lowest: ${p.lowest} (${p.low}).`,
    seriesNoData: (p: { label: string }) => `${p.label}: no data.`,
    seriesOne: (p: { label: string; value: string; year: string }) => `${p.label} was ${p.value} in ${p.year}.`,
    /** dir: 1 rose, -1 fell, 0 unchanged. */
    seriesChange: (p: { label: string; from: string; to: string; y0: string; y1: string; dir: number }) =>
      p.dir === 0 || p.from === p.to
        ? `${p.label} was ${p.from} in both ${p.y0} and ${p.y1}.`
        : `${p.label} ${p.dir > 0 ? 'rose' : 'fell'} from ${p.from} in ${p.y0} to ${p.to} in ${p.y1}.`,
    edition: (edition: string, id: string) => `Digital Trade Report, ${edition} edition, chart ${id}`
  },
  zh: {
    downloadCsv: '下载 CSV',
    downloadSvg: '下载 SVG',
    downloadPng: '下载 PNG',
    copyEmbed: '复制嵌入代码',
    copyLink: '复制链接',
    showTable: '显示数据表',
    hideTable: '隐藏数据表',
    dataTable: '数据表',
    more: '数据、下载、嵌入代码与引用',
    copied: '已复制到剪贴板',
    copyFailed: '无法复制，请手动选择下方文本',
    downloaded: '已开始下载',
    source: '来源',
    sources: '来源',
    notes: '注释',
    licence: '许可',
    citation: '引用',
    chartActions: '图表操作',
    embedCode: '嵌入代码',
    link: '本视图链接',
    keyboardHint: '使用左右方向键在年份之间移动；Home 和 End 键跳到首尾。',
    noData: '无数据',
    legend: '图例',
    year: '年份',
    rank: '排名',
    value: '数值',
    low: '低',
    high: '高',
    member: '成员',
    exited: '已退出',
    notMember: '非成员',
    joined: '加入',
    colon: '：',
    listSeparator: '、',
    commaSeparator: '，',
    clauseSeparator: '；',
    rowSeparator: '、',
    sentenceEnd: '。',
    sentenceGap: '',
    tileCodes: false,
    marked: (p: { items: string }) => `图中标注：${p.items}。`,
    firstLast: (p: { label: string; first: string; firstAt: string; last: string; lastAt: string }) =>
      `${p.label}：${p.firstAt}为${p.first}，${p.lastAt}为${p.last}。`,
    groupRange: (p: { label: string; count: number; min: string; max: string }) =>
      `${p.label}：${p.count}个，${p.min}至${p.max}。`,
    extremes: (p: { highest: string; high: string; lowest: string; low: string }) =>
      `最高为${p.highest}（${p.high}），最低为${p.lowest}（${p.low}）。`,
    seriesNoData: (p: { label: string }) => `${p.label}无数据。`,
    seriesOne: (p: { label: string; value: string; year: string }) => `${p.label}${p.year}为${p.value}。`,
    seriesChange: (p: { label: string; from: string; to: string; y0: string; y1: string; dir: number }) =>
      `${p.label}从${p.y0}的${p.from}${p.dir > 0 ? '增至' : p.dir < 0 ? '降至' : '持平于'}${p.y1}的${p.to}。`,
    edition: (edition: string, id: string) => `《数字贸易报告》${edition}年版，图表 ${id}`
  }
} satisfies Record<Locale, Record<string, string | boolean | ((...args: never[]) => string)>>;

export type Labels = (typeof labels)['en'];
