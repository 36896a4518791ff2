import type { Messages } from '../en';

export const error: Messages['error'] = {
  title: '无法显示此页',
  missing: '这个地址没有对应的页面。',
  failed: '页面数据未能加载，可能是网络中断。请检查连接后重新加载。',
  reload: '重新加载',
  back: '返回报告'
};
