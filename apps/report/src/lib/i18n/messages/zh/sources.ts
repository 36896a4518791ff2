import type { Messages } from '../en';

export const sources: Messages['sources'] = {
  title: '数据来源',
  intro: (p) =>
    `${p.edition}年版（发布日期 ${p.published}）使用的每个数据集：发布机构、版本、许可、引用方式与注意事项。原始文件不随仓库发布；各序列记录了其来源与处理。`,
  id: '数据库键',
  vintage: '版本',
  licence: '许可',
  url: '网址',
  citation: '引用',
  series: '序列',
  entityFiles: '（实体文件）',
  caveats: '注意事项',
  repository: '代码库',
  recordHeading: '公开记录',
  recordIntro:
    '图表在原文日期旁并列标出的公开记录（空心菱形）：原文的日期仍按原文标注，公开记录的日期在此注明出处。未能核实官方页面的，以发布方、标题和日期引用。',
  recordDate: '日期',
  recordPublisher: '发布方',
  recordTitle: '标题',
  recordNoUrl: '未核实官方页面'
};
