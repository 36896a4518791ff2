/** A node of a hierarchy for Treemap and Sunburst: groups have children, leaves a value (or count 1 without one). */
export interface TreeNode {
  name: string;
  value?: number;
  children?: TreeNode[];
}
