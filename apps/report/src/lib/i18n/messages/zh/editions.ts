import type { Messages } from '../en';

export const editions: Messages['editions'] = {
  title: '历年版本',
  intro: '报告每年发布一版。每一版都保留在自己的网址下，其图表与嵌入代码始终显示该版的数据；首页显示最新一版。',
  edition: (p) => `${p.year}年版`,
  latest: '最新',
  summary: (p) => `发布于 ${p.published}：${p.series} 个数据序列，${p.sources} 个来源，${p.claims} 条论断。`,
  changelog: '更新说明'
};
