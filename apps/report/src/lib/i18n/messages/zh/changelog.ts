import type { Messages } from '../en';

export const changelog: Messages['changelog'] = {
  title: (p) => `${p.edition}年版更新说明`,
  heading: (p) => `${p.edition}年版更新说明`,
  read: (p) => `阅读${p.edition}年版报告`,
  all: '历年版本',
  first: (p) => `${p.edition}年版（发布于 ${p.published}）是第一版，没有可比较的前一版。`,
  compared: (p) =>
    `与${p.previous}年版相比。修订指两版都有的数值变化超过该序列的容差（相对变化）；指数排名变化若两版的名义排名都落在对方不确定性分析的 5–95% 区间内，则标为“在误差范围内”。`,
  series: '数据序列',
  added: '新增：',
  removed: '删除：',
  sourcesAdded: '新增来源：',
  sourcesRemoved: '删除来源：',
  vintage: '版本',
  revised: (p) => `${p.revised} 个数值修订超过 ${p.tolerance}%，新增 ${p.added} 个数值，删除 ${p.removed} 个。`,
  yearsAdded: '新增年份：',
  unitChanged: '单位变化：',
  economy: '经济体',
  year: '年份',
  change: '变化',
  fromZero: '原为 0',
  more: (p) => `另有 ${p.count} 项修订（见 pnpm edition diff --all）。`,
  claims: '论断',
  index: '指数',
  methodChanges: (p) => `方法变化：${p.count} 项`,
  ranks: (p) =>
    `排名变化：${p.changed} 个经济体，其中 ${p.beyond} 个超出误差范围。新进入：${p.entered}；退出：${p.left}。`,
  rankChanges: '排名变化',
  reading: '判断',
  withinNoise: '在误差范围内',
  beyondNoise: '超出误差范围'
};
